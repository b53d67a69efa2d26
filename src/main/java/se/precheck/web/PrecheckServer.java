package se.precheck.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.precheck.manifest.ManifestOptions;
import se.precheck.manifest.ManifestRoutes;
import se.precheck.auth.TokenValidator;
import se.precheck.policy.Localized;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyStatus;
import se.precheck.stats.StatsStatus;
import se.precheck.stats.StatsStore;

/**
 * The HTTP service: routes, headers, errors and the request log; the API itself is {@link ApiRoutes}. The
 * submitted text is never logged; the request log has method, path, status, time and policy version.
 */
public final class PrecheckServer {

    private static final Logger LOG = LoggerFactory.getLogger(PrecheckServer.class);
    public static final String VERSION = readVersion();
    /** Beyond the time budget, how long a stopping server waits for answers still being written. */
    private static final long GRACE_MS = 1_000;

    private PrecheckServer() {
    }

    public static Javalin create(ServerConfig config, Supplier<Policy> policy) {
        return create(config, Services.of(config, policy));
    }

    /** @param policyStatus whether the municipality's policy file is in force, for /health and the admin pages */
    public static Javalin create(ServerConfig config, Supplier<Policy> policy, Supplier<PolicyStatus> policyStatus) {
        return create(config, Services.of(config, policy).withPolicyStatus(policyStatus));
    }

    /** @param stats where checks are counted (never their text) and incidents kept */
    public static Javalin create(ServerConfig config, Supplier<Policy> policy, Supplier<PolicyStatus> policyStatus, StatsStore stats) {
        return create(config, Services.of(config, policy).withPolicyStatus(policyStatus).withStats(stats));
    }

    public static Javalin create(ServerConfig config, Services services) {
        return create(config, services, Limits.load(System.getenv()), Engine.DEFAULT);
    }

    /** With explicit limits and engine (tests use a deliberately slow one). */
    static Javalin create(ServerConfig config, Supplier<Policy> policy, Limits limits, Engine engine) {
        return create(config, Services.of(config, policy), limits, engine);
    }

    static Javalin create(ServerConfig config, Services services, Limits limits, Engine engine) {
        Supplier<Policy> policy = services.policy();
        Supplier<PolicyStatus> policyStatus = services.policyStatus();
        StatsStore stats = services.stats();
        CheckGuard guard = new CheckGuard(limits.checkTimeoutMs(), limits.maxConcurrentChecks());
        // Load lexicons and dictionaries now, not within the first user's time budget.
        engine.analyze("Kontrollera före Copilot.", policy.get());
        Pages pages = new Pages();
        Javalin app = Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.startup.showJavalinBanner = false;
            // Stopping lets the checks under way finish (they are bounded by the time budget): the
            // connector stops accepting at once, so a balancer sends new requests elsewhere, and an
            // answer already being computed is not lost and then counted again on another instance.
            cfg.jetty.modifyServer(server -> server.setStopTimeout(limits.checkTimeoutMs() + GRACE_MS));
            cfg.jetty.modifyServletContextHandler(context -> context.insertHandler(new GracefulHandler()));
            cfg.events.serverStopped(guard::close);
            cfg.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/static";
                s.location = Location.CLASSPATH;
                s.headers = Map.of("Cache-Control", "max-age=300");
            });
            cfg.requestLogger.http((ctx, ms) -> LOG.info("{} {} {} {}ms policy={}",
                    ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms), policy.get().version()));

            cfg.routes.before(SecurityHeaders::apply);
            cfg.routes.before(new Cors(limits.corsOrigins())::apply);
            TokenValidator validator = config.tokenValidator(() -> policy.get().tenants());
            Authentication authentication = new Authentication(validator);
            cfg.routes.before("/api/*", authentication::require);
            cfg.routes.before("/api/*", new RateLimiter(limits.rateLimitPerMinute())::require);
            cfg.routes.get("/health", ctx -> ctx.json(health(config, policy.get(), policyStatus.get(), stats.status())));
            cfg.routes.get("/", ctx -> ctx.redirect("/taskpane"));
            cfg.routes.get("/taskpane", ctx -> ctx.contentType("text/html; charset=utf-8").result(pages.render("taskpane", locale(ctx), Map.of(
                    "devMode", config.devMode(),
                    // For MSAL nested app authentication in the pane (static/naa.js); empty when not configured (dev mode).
                    "clientId", config.clientId(),
                    "appIdUri", config.appIdUri(),
                    "version", VERSION))));
            ApiRoutes api = new ApiRoutes(config, policy, services.graph(), stats, engine, guard);
            IncidentRoutes incidents = new IncidentRoutes(config, stats, services.graph(), services.clock(), services.resend());
            cfg.events.serverStarted(incidents::start);
            cfg.events.serverStopped(incidents::close);
            cfg.routes.post("/api/incident", incidents::report);
            new AdminRoutes(config, services, validator, pages, incidents).register(cfg.routes);
            cfg.routes.get("/api/me", api::me);
            cfg.routes.post("/api/check", api::check);
            cfg.routes.post("/api/redact", api::redact);
            cfg.routes.post("/api/restore", api::restore);
            // The add-in's manifests, app package and Outlook event files: no token (Office fetches them).
            ManifestRoutes.register(cfg.routes, ManifestOptions.fromEnvironment(
                    config.publicUrl(), config.clientId(), config.appIdUri(), VERSION, System.getenv()));

            cfg.routes.exception(ApiException.class, (e, ctx) -> {
                if (e.status == 401) {
                    // RFC 6750: no error code when no token was sent at all.
                    ctx.header("WWW-Authenticate", e.error.error().equals("not_signed_in") ? "Bearer" : "Bearer error=\"invalid_token\"");
                }
                if (e.retryAfterSeconds > 0) {
                    ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds));
                }
                ctx.status(e.status).json(e.error);
            });
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> answerStatus(ctx, e.getStatus()));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                // The class only: exception messages can quote the request body.
                LOG.error("unexpected {} on {} {}", e.getClass().getName(), ctx.method(), ctx.path());
                answerStatus(ctx, 500);
            });
            cfg.routes.error(404, ctx -> answerStatus(ctx, 404));
            cfg.routes.error(405, ctx -> answerStatus(ctx, 405));
        });
        LOG.info("Kontrollera före Copilot {} policy={} mode={}", VERSION, policy.get().version(), config.authMode());
        if (config.devMode()) {
            LOG.warn("DEV MODE: no Microsoft sign-in; every request is accepted as the dev user. Set PRECHECK_CLIENT_ID for production.");
        }
        return app;
    }

    /** Never the database address, user or password; the policy's problems name only the file's keys. */
    private static Map<String, Object> health(ServerConfig config, Policy policy, PolicyStatus status, StatsStatus stats) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", status.healthy() && stats.reachable() ? "ok" : "degraded");
        answer.put("version", VERSION);
        answer.put("policyVersion", policy.version());
        answer.put("policyStatus", status.state());
        if (!status.healthy()) {
            answer.put("policyMessage", "Policyfilen " + status.source()
                    + " har fel och används inte. Den senast fungerande policyn gäller tills filen är rättad.");
        }
        answer.put("policyProblems", status.problems());
        answer.put("mode", config.authMode());
        Map<String, Object> statistics = new LinkedHashMap<>();
        statistics.put("engine", stats.engine());
        statistics.put("reachable", stats.reachable());
        statistics.put("pendingCounts", stats.pendingCounts());
        if (stats.lastFlush() != null) statistics.put("lastWrite", stats.lastFlush().toString());
        if (stats.problem() != null) statistics.put("message", stats.problem());
        statistics.put("droppedCounts", stats.droppedCounts());
        if (stats.droppedCounts() > 0) {
            statistics.put("droppedMessage", stats.droppedCounts()
                    + " räkningar har inte kunnat sparas: databasen var borta så länge att minnets gräns nåddes.");
        }
        answer.put("statistics", statistics);
        return answer;
    }

    /** Status-only answers (404, 405, 413, 500…) in the API's JSON error shape. */
    private static void answerStatus(Context ctx, int status) {
        ApiError error = switch (status) {
            case 404 -> new ApiError("not_found", "Sidan eller adressen finns inte.");
            case 405 -> new ApiError("method_not_allowed", "Metoden är inte tillåten för den här adressen.");
            case 413 -> new ApiError("too_large", "Begäran är för stor. Markera en mindre del av texten.");
            case 400 -> new ApiError("bad_request", "Begäran kunde inte tolkas.");
            case 500 -> new ApiError("internal_error", "Något gick fel i tjänsten. Texten har inte kontrollerats; försök igen.");
            default -> new ApiError("http_" + status, "Begäran kunde inte utföras.");
        };
        ctx.status(status).json(error);
    }

    private static String locale(Context ctx) {
        String query = ctx.queryParam("locale");
        String header = ctx.header("Accept-Language");
        return Localized.language(query != null ? query : header);
    }

    private static String readVersion() {
        try (InputStream in = PrecheckServer.class.getClassLoader().getResourceAsStream("precheck-build.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
