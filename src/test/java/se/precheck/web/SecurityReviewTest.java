package se.precheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import se.precheck.auth.IdentityPlatformStandIn;

/**
 * The security review of issue 11, as tests: headers on every response, CORS only for configured
 * origins, no input reflected into HTML, header and nesting limits, and secrets never in logs or
 * on /health.
 */
class SecurityReviewTest {

    static TestServer server;
    static final String ORIGIN = "https://precheck-front.hedemora.se";

    @BeforeAll
    static void start() {
        server = new TestServer(ServerConfig.dev(0), Limits.defaults().withRateLimitPerMinute(100_000)
                .withCorsOrigins(Set.of(ORIGIN)), Engine.DEFAULT);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.uri(path));
    }

    /** Every kind of answer: pages, static files, the API, manifests, each error status. */
    static Stream<HttpRequest> everyKindOfResponse() {
        return Stream.of(
                request("/").GET().build(),
                request("/taskpane").GET().build(),
                request("/taskpane?locale=en").GET().build(),
                request("/static/taskpane.js").GET().build(),
                request("/static/taskpane.css").GET().build(),
                request("/static/nothing.js").GET().build(),
                request("/health").GET().build(),
                request("/manifest/word.xml").GET().build(),
                request("/manifest/manifest.json").GET().build(),
                request("/api/me").GET().build(),
                request("/api/check").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hej\"}")).build(),
                request("/api/check").POST(HttpRequest.BodyPublishers.ofString("{")).build(),
                request("/api/check").GET().build(),
                request("/api/nothing").GET().build(),
                request("/nothing").GET().build(),
                request("/api/check").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST").build(),
                request("/api/check").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST").build(),
                request("/api/check").method("DELETE", HttpRequest.BodyPublishers.noBody()).build());
    }

    static final List<String> OFFICE_HOST_SUFFIXES = List.of(".office.com", ".office365.com", ".officeapps.live.com",
            ".microsoft365.com", ".cloud.microsoft", ".outlook.com", "outlook.live.com", ".sharepoint.com");

    @ParameterizedTest
    @MethodSource("everyKindOfResponse")
    void every_response_has_the_security_headers(HttpRequest request) throws Exception {
        HttpResponse<String> response = server.send(request);
        assertThat(response.statusCode()).as("%s %s", request.method(), request.uri()).isLessThan(500);
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        Map<String, String> directives = new HashMap<>();
        for (String d : csp.split(";")) {
            String[] parts = d.trim().split("\\s+", 2);
            directives.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        assertThat(directives).as("CSP of %s", request.uri()).containsKeys("default-src", "script-src", "frame-ancestors", "object-src");
        assertThat(directives.get("script-src")).doesNotContain("'unsafe-inline'").doesNotContain("'unsafe-eval'").doesNotContain("*");
        assertThat(directives.get("object-src")).isEqualTo("'none'");
        for (String ancestor : directives.get("frame-ancestors").split("\\s+")) {
            assertThat(ancestor.equals("'self'") || (ancestor.startsWith("https://")
                    && OFFICE_HOST_SUFFIXES.stream().anyMatch(ancestor::endsWith)))
                    .as("frame ancestor %s is an Office host", ancestor).isTrue();
        }
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
    }

    @Test
    void hsts_when_the_request_came_over_tls_at_the_proxy() throws Exception {
        for (String path : List.of("/taskpane", "/health", "/nothing", "/static/taskpane.css")) {
            HttpResponse<String> response = server.send(request(path).header("X-Forwarded-Proto", "https").GET().build());
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path)
                    .hasValueSatisfying(v -> assertThat(v).startsWith("max-age=31536000"));
        }
        assertThat(server.send(request("/health").header("X-Forwarded-Proto", "http").GET().build())
                .headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void cors_only_for_configured_origins() throws Exception {
        String body = "{\"text\":\"hej\"}";
        HttpResponse<String> foreign = server.send(request("/api/check").header("Origin", "https://evil.example")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> foreignPreflight = server.send(request("/api/check").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST").build());
        assertThat(foreignPreflight.statusCode()).isEqualTo(403);
        assertThat(foreignPreflight.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-"));

        HttpResponse<String> allowed = server.send(request("/api/check").header("Origin", ORIGIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(ORIGIN);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        HttpResponse<String> preflight = server.send(request("/api/check").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST").build());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("")).contains("Authorization");

        // The default: no origin at all.
        try (TestServer plain = new TestServer()) {
            HttpResponse<String> r = plain.send(HttpRequest.newBuilder(plain.uri("/api/check")).header("Origin", ORIGIN)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void a_preflight_needs_no_token_in_entra_mode_but_the_call_does() throws Exception {
        try (IdentityPlatformStandIn idp = new IdentityPlatformStandIn();
             TestServer entra = new TestServer(ServerConfig.entra(0, IdentityPlatformStandIn.CLIENT_ID, Set.of(IdentityPlatformStandIn.TENANT),
                     idp.authority()), Limits.defaults().withCorsOrigins(Set.of(ORIGIN)), Engine.DEFAULT)) {
            HttpResponse<String> preflight = entra.send(HttpRequest.newBuilder(entra.uri("/api/check")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST").build());
            assertThat(preflight.statusCode()).isEqualTo(204);
            assertThat(entra.post("/api/check", "{\"text\":\"hej\"}", Map.of("Origin", ORIGIN)).statusCode()).isEqualTo(401);
        }
    }

    static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "'><svg onload=alert(1)>", "</title><script>alert(1)</script>");

    /** Every route the server has (also ones added later), with payloads in path parameters, query, headers and body. */
    @Test
    void no_endpoint_reflects_input_into_html_unescaped() throws Exception {
        List<String> checked = new ArrayList<>();
        for (var parsed : server.app.unsafe.internalRouter.allHttpHandlers()) {
            HandlerType method = parsed.endpoint.method;
            if (method != HandlerType.GET && method != HandlerType.POST) continue;
            for (String payload : PAYLOADS) {
                String enc = URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20");
                String path = parsed.endpoint.path.replaceAll("\\{[^}]*}|<[^>]*>", enc).replace("*", enc);
                String query = Stream.of("locale", "q", "text", "host", "next", "returnUrl", "id", "page", "from", "to", "error", enc)
                        .map(k -> k + "=" + enc).reduce((a, b) -> a + "&" + b).orElseThrow();
                HttpRequest.Builder b = request(path + "?" + query)
                        .header("Accept-Language", payload.replaceAll("[^\\x20-\\x7e]", ""))
                        .header("X-Forwarded-Host", "x.example").header("Referer", "https://x.example/?" + enc);
                HttpRequest req = method == HandlerType.GET ? b.GET().build()
                        : b.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("text=" + enc + "&name=" + enc + "&" + enc + "=1")).build();
                HttpResponse<String> response = server.send(req);
                checked.add(method + " " + parsed.endpoint.path + " " + response.statusCode());
                String type = response.headers().firstValue("Content-Type").orElse("");
                assertThat(response.statusCode()).as("%s %s", method, path).isLessThan(500);
                if (!type.startsWith("application/json")) {
                    assertThat(response.body()).as("%s %s (%s)", method, path, type).doesNotContain(payload);
                }
            }
            // JSON bodies too, for the API: answers are JSON (never HTML), whatever the text holds.
            // (The admin pages' forms answer with pages; their escaping is checked above.)
            if (method == HandlerType.POST && parsed.endpoint.path.startsWith("/api/")) {
                HttpResponse<String> json = server.post(parsed.endpoint.path, "{\"text\":\"" + PAYLOADS.get(0) + "\",\"mapping\":[{\"placeholder\":\"" + PAYLOADS.get(1).replace("\"", "\\\"") + "\",\"original\":\"x\"}]}");
                assertThat(json.headers().firstValue("Content-Type").orElse("")).as(parsed.endpoint.path).startsWith("application/json");
            }
        }
        // Unknown paths carrying a payload: the 404 answer does not echo it.
        HttpResponse<String> missing = server.get("/" + URLEncoder.encode(PAYLOADS.get(0), StandardCharsets.UTF_8));
        assertThat(missing.body()).doesNotContain(PAYLOADS.get(0));
        assertThat(checked).anyMatch(c -> c.startsWith("GET /taskpane")).anyMatch(c -> c.startsWith("POST /api/check"));
    }

    @Test
    void oversized_headers_get_431_and_deep_json_400_never_5xx() throws Exception {
        HttpResponse<String> big = server.send(request("/health").header("X-Big", "a".repeat(64 * 1024)).GET().build());
        assertThat(big.statusCode()).isEqualTo(431);
        HttpResponse<String> manyHeaders = server.send(manyHeaders(request("/api/check"), 500)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hej\"}")).build());
        assertThat(manyHeaders.statusCode()).isBetween(400, 499);

        String deep = "{\"text\":\"hej\",\"x\":" + "[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1) + "}";
        for (String path : List.of("/api/check", "/api/redact", "/api/restore")) {
            HttpResponse<String> response = server.post(path, deep);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).contains("invalid_json");
        }
        String shallow = "{\"text\":\"hej\",\"x\":" + "[".repeat(10) + "]".repeat(10) + "}";
        assertThat(server.post("/api/check", shallow).statusCode()).isEqualTo(200);
    }

    static HttpRequest.Builder manyHeaders(HttpRequest.Builder b, int n) {
        for (int i = 0; i < n; i++) b.header("X-H" + i, "v".repeat(40));
        return b.header("Content-Type", "application/json");
    }

    @Test
    void secrets_never_reach_logs_health_or_answers() throws Exception {
        String canary = "HEMLIGHET9c4e1b";
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        root.setLevel(Level.ALL);
        captured.start();
        root.addAppender(captured);
        List<String> answers = new ArrayList<>();
        try (IdentityPlatformStandIn idp = new IdentityPlatformStandIn()) {
            Map<String, String> env = new HashMap<>();
            env.put("PRECHECK_CONFIG", "/nonexistent/precheck.yaml");
            env.put("PRECHECK_PORT", "0");
            env.put("PRECHECK_HOST", "127.0.0.1");
            env.put("PRECHECK_CLIENT_ID", IdentityPlatformStandIn.CLIENT_ID);
            env.put("PRECHECK_TENANTS", IdentityPlatformStandIn.TENANT);
            // https, as MSAL requires; nothing listens there, so /api answers 503 auth_unavailable (never a pass).
            env.put("PRECHECK_AUTHORITY", "https://127.0.0.1:1");
            env.put("PRECHECK_CLIENT_SECRET", canary + "-client-secret");
            env.put("PRECHECK_CLIENT_CERTIFICATE_PASSWORD", canary + "-certificate-password");
            // The statistics database's settings (the stats feature's keys): in as canaries as well.
            env.put("PRECHECK_DB_PASSWORD", canary + "-db-password");
            env.put("PRECHECK_DB_URL", "jdbc:postgresql://127.0.0.1:1/precheck?user=precheck&password=" + canary + "-db-url");
            ServerConfig config = ServerConfig.load(env);
            assertThat(config.toString()).doesNotContain(canary);
            try (TestServer entra = new TestServer(config, Limits.load(env), Engine.DEFAULT)) {
                Map<String, String> bearer = Map.of("Authorization", "Bearer " + idp.token());
                answers.add(entra.get("/health").body());
                answers.add(entra.get("/taskpane").body());
                answers.add(entra.get("/manifest/manifest.json").body());
                answers.add(entra.send(HttpRequest.newBuilder(entra.uri("/api/me")).header("Authorization", bearer.get("Authorization")).GET().build()).body());
                answers.add(entra.post("/api/check", "{\"text\":\"hej\"}", bearer).body());
                answers.add(entra.post("/api/check", "{", bearer).body());
                answers.add(entra.post("/api/check", "{\"text\":\"hej\"}").body());
                answers.add(entra.get("/nothing").body());
            }
        } finally {
            root.detachAppender(captured);
            root.setLevel(Level.INFO);
        }
        List<String> lines = captured.list.stream().map(e -> e.getLoggerName() + " " + e.getFormattedMessage() + " "
                + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())) + " " + e.getMDCPropertyMap()).toList();
        assertThat(lines).isNotEmpty().noneMatch(l -> l.contains(canary));
        assertThat(answers).hasSize(8).noneMatch(a -> a.contains(canary));
        assertThat(answers.get(0)).contains("\"status\":\"ok\"");
        assertThat(answers.get(4)).contains("auth_unavailable");
    }
}
