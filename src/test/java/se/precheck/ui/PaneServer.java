package se.precheck.ui;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;
import se.precheck.web.PrecheckServer;
import se.precheck.web.ServerConfig;

/** The real service on a random loopback port (the pattern of se.precheck.web.TestServer). */
final class PaneServer implements AutoCloseable {
    final Javalin app;
    final Policy policy = PolicyLoader.loadDefault();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    PaneServer() {
        this(ServerConfig.dev(0));
    }

    PaneServer(ServerConfig config) {
        app = PrecheckServer.create(config, () -> policy).start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        app.stop();
    }
}
