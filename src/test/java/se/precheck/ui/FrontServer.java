package se.precheck.ui;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test-only front for the task pane: serves the real page with Microsoft's office.js swapped for
 * {@code office-fake.js} and the vendored msal-browser bundle for {@code msal-fake.js}, proxies
 * /static and /api to the real service, and can answer chosen API
 * calls itself (scripted answers) or record what the pane sent. Production pages never change.
 */
final class FrontServer implements AutoCloseable {

    static final String OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    static final Path FAKE = Path.of("src/test/java/se/precheck/ui/office-fake.js");
    static final String MSAL_JS = "/static/vendor/msal-browser.min.js";
    static final Path MSAL_FAKE = Path.of("src/test/java/se/precheck/ui/msal-fake.js");

    record Recorded(String path, String body, String authorization) {
    }

    record Answer(int status, String contentType, String body) {
        static Answer json(int status, String body) {
            return new Answer(status, "application/json", body);
        }
    }

    final List<Recorded> recorded = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<Answer>> scripted = new ConcurrentHashMap<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String backend;
    private final boolean devModeOff;
    private final Javalin app;

    /** backend: the real service's base URL (or a dead address); devModeOff: render the page as in production. */
    FrontServer(String backend, boolean devModeOff) {
        this.backend = backend;
        this.devModeOff = devModeOff;
        app = Javalin.create(cfg -> {
            cfg.jetty.host = "127.0.0.1";
            cfg.jetty.port = 0;
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/taskpane", this::page);
            cfg.routes.get("/fake/office-fake.js", ctx -> ctx.contentType("application/javascript; charset=utf-8")
                    .result(Files.readString(FAKE, StandardCharsets.UTF_8)));
            cfg.routes.get("/fake/msal-fake.js", ctx -> ctx.contentType("application/javascript; charset=utf-8")
                    .result(Files.readString(MSAL_FAKE, StandardCharsets.UTF_8)));
            cfg.routes.get("/static/{file}", ctx -> {
                if (ctx.path().equals("/static/signin.html")) {
                    signinPage(ctx);
                } else {
                    proxy(ctx, "GET");
                }
            });
            cfg.routes.get("/static/vendor/{file}", ctx -> proxy(ctx, "GET"));
            cfg.routes.post("/api/{name}", this::api);
        }).start();
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + app.port() + pathAndQuery;
    }

    /** The next call to path gets this answer instead of the real service's. */
    void script(String path, Answer answer) {
        scripted.computeIfAbsent(path, p -> new ArrayDeque<>()).add(answer);
    }

    List<Recorded> calls(String path) {
        return recorded.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void page(Context ctx) throws Exception {
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        HttpResponse<String> real = client.send(HttpRequest.newBuilder(URI.create(backend + "/taskpane" + query))
                .header("Accept-Language", ctx.header("Accept-Language") == null ? "sv" : ctx.header("Accept-Language"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        String html = real.body();
        if (!html.contains(OFFICE_JS)) {
            throw new IllegalStateException("the task pane no longer loads office.js from Microsoft's CDN");
        }
        html = html.replace(OFFICE_JS, "/fake/office-fake.js");
        if (!html.contains("\"" + MSAL_JS + "\"")) {
            throw new IllegalStateException("the task pane no longer loads the vendored msal-browser bundle");
        }
        if (ctx.queryParam("realMsal") == null) { // ?realMsal: keep the vendored bundle (with office-fake's NAA bridge)
            html = html.replace("\"" + MSAL_JS + "\"", "\"/fake/msal-fake.js\"");
        }
        if (devModeOff) {
            html = html.replace("data-dev-mode=\"true\"", "data-dev-mode=\"false\"")
                    .replaceAll("<p class=\"dev-banner\"[^>]*>[^<]*</p>", "");
        }
        real.headers().firstValue("Content-Security-Policy").ifPresent(csp -> ctx.header("Content-Security-Policy", csp));
        ctx.status(real.statusCode()).contentType("text/html; charset=utf-8").result(html);
    }

    /** The sign-in dialog's page with the same two fakes; the service's own CSP header is passed on. */
    private void signinPage(Context ctx) throws Exception {
        HttpResponse<String> real = client.send(HttpRequest.newBuilder(URI.create(backend + "/static/signin.html")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String html = real.body();
        if (!html.contains(OFFICE_JS) || !html.contains("\"" + MSAL_JS + "\"")) {
            throw new IllegalStateException("signin.html no longer loads office.js and the vendored msal-browser bundle");
        }
        html = html.replace(OFFICE_JS, "/fake/office-fake.js").replace("\"" + MSAL_JS + "\"", "\"/fake/msal-fake.js\"");
        real.headers().firstValue("Content-Security-Policy").ifPresent(csp -> ctx.header("Content-Security-Policy", csp));
        ctx.status(real.statusCode()).contentType("text/html; charset=utf-8").result(html);
    }

    private void api(Context ctx) throws Exception {
        String path = ctx.path();
        recorded.add(new Recorded(path, ctx.body(), ctx.header("Authorization")));
        Queue<Answer> queue = scripted.get(path);
        Answer answer = queue == null ? null : queue.poll();
        if (answer != null) {
            ctx.status(answer.status()).contentType(answer.contentType()).result(answer.body());
            return;
        }
        proxy(ctx, "POST");
    }

    private void proxy(Context ctx, String method) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(backend + ctx.path()));
        if (method.equals("POST")) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ctx.body()));
        } else {
            b.GET();
        }
        String auth = ctx.header("Authorization");
        if (auth != null) {
            b.header("Authorization", auth);
        }
        HttpResponse<byte[]> real;
        try {
            real = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            ctx.status(502).contentType("text/html").result("<h1>Bad gateway</h1>");
            return;
        }
        real.headers().firstValue("Content-Type").ifPresent(ctx::contentType);
        ctx.status(real.statusCode()).result(real.body());
    }

    @Override
    public void close() {
        app.stop();
    }
}
