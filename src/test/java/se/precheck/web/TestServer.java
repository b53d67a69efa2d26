package se.precheck.web;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

/** The real service on a random loopback port, with a plain HTTP client. */
final class TestServer implements AutoCloseable {
    final Javalin app;
    final Policy policy = PolicyLoader.loadDefault();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestServer() {
        this(ServerConfig.dev(0));
    }

    TestServer(ServerConfig config) {
        app = PrecheckServer.create(config, () -> policy).start();
    }

    /** With explicit limits and engine (a deliberately slow one for the time-budget tests). */
    TestServer(ServerConfig config, Limits limits, Engine engine) {
        app = PrecheckServer.create(config, () -> policy, limits, engine).start();
    }

    CompletableFuture<HttpResponse<String>> postAsync(String path, String body) {
        // HTTP/1.1: one connection per request, so they really run side by side.
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().sendAsync(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return post(path, body, Map.of());
    }

    HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        app.stop();
    }
}
