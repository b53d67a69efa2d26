package se.precheck.manifest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * The manifests, the app package and the Outlook event runtime's files, served without a token. Each is
 * filled with the configured public URL, else with the origin the request came to.
 */
public final class ManifestRoutes {

    /** A Host header we are willing to write into a manifest: a host name or address, an optional port. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}](:[0-9]{1,5})?");

    private final ManifestOptions.Template template;

    private ManifestRoutes(ManifestOptions.Template template) {
        this.template = template;
    }

    public static void register(RoutesConfig routes, ManifestOptions.Template template) {
        ManifestRoutes r = new ManifestRoutes(template);
        routes.get(Manifests.UNIFIED_PATH, ctx -> r.text(ctx, "application/json", Manifests.unified(r.options(ctx))));
        routes.get(Manifests.WORD_PATH, ctx -> r.text(ctx, "application/xml", Manifests.word(r.options(ctx))));
        routes.get(Manifests.OUTLOOK_PATH, ctx -> r.text(ctx, "application/xml", Manifests.outlook(r.options(ctx))));
        routes.get(Manifests.PACKAGE_PATH, ctx -> {
            byte[] zip = Manifests.appPackage(r.options(ctx));
            ctx.header("Cache-Control", "no-cache");
            ctx.header("Content-Disposition", "attachment; filename=\"kontrollera-fore-copilot.zip\"");
            ctx.contentType("application/zip").result(zip);
        });
        routes.get(Manifests.EVENT_PAGE_PATH, ctx -> r.text(ctx, "text/html", Manifests.launchEventPage()));
        routes.get(Manifests.EVENT_SCRIPT_PATH, ctx -> r.text(ctx, "text/javascript", Manifests.launchEventScript(r.options(ctx))));
        routes.get(Manifests.ALLOWED_PATH, ctx -> r.text(ctx, "application/json", Manifests.allowedJson(r.options(ctx))));
    }

    private ManifestOptions options(Context ctx) {
        if (!template.publicUrl().isBlank()) {
            return template.at(template.publicUrl());
        }
        String host = ctx.host();
        if (host == null || !HOST.matcher(host).matches()) {
            throw new BadRequestResponse("bad Host header");
        }
        return template.at(ctx.scheme() + "://" + host);
    }

    private void text(Context ctx, String type, String body) {
        // Short caching: an update of the service reaches Office within minutes; never no-store (icons and
        // scripts must be cacheable for Office).
        ctx.header("Cache-Control", "max-age=300");
        ctx.contentType(type + "; charset=utf-8").result(body);
    }
}
