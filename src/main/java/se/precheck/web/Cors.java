package se.precheck.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-origin access only for the configured origins ({@code PRECHECK_CORS_ORIGINS}; none by
 * default: the task pane is served by the service itself and needs none). A foreign origin gets
 * no {@code Access-Control-Allow-*} header at all, so the browser keeps the answer from its page.
 * Credentials are never allowed: the API takes a bearer token, not cookies.
 */
final class Cors {

    private final Set<String> origins;

    Cors(Set<String> origins) {
        this.origins = origins;
    }

    /** Before-handler on every path, ahead of authentication (a preflight carries no token). */
    void apply(Context ctx) {
        String origin = ctx.header("Origin");
        boolean allowed = origin != null && origins.contains(origin.trim().toLowerCase(Locale.ROOT));
        if (allowed) {
            ctx.header("Access-Control-Allow-Origin", origin.trim());
            ctx.header("Vary", "Origin");
        }
        boolean preflight = ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null;
        if (!preflight) {
            return;
        }
        if (allowed) {
            ctx.header("Access-Control-Allow-Methods", "GET, POST");
            ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type");
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(204);
        } else {
            ctx.status(403).json(new ApiError("cors_origin", "Anrop från den här webbplatsen är inte tillåtna."));
        }
        ctx.skipRemainingHandlers();
    }
}
