package se.precheck.manifest;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import se.precheck.auth.AuthConfig;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;
import se.precheck.web.PrecheckServer;
import se.precheck.web.ServerConfig;

/** The real service on a random loopback port, in dev mode, optionally with a public URL and client id. */
final class ServiceUnderTest implements AutoCloseable {

    static final String CLIENT_ID = "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9";
    static final Policy POLICY = PolicyLoader.loadDefault();

    final Javalin app;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NORMAL).build();

    /** Dev mode; manifests filled with the request's origin, no SSO. */
    ServiceUnderTest() {
        this(ServerConfig.dev(0));
    }

    /** Dev mode with a public URL and a client id, as behind a TLS proxy. */
    static ServiceUnderTest withPublicUrl(String publicUrl) {
        return new ServiceUnderTest(new ServerConfig("127.0.0.1", 0, ServerConfig.DEFAULT_MAX_BODY, "dev", CLIENT_ID,
                publicUrl, "", Set.of(), AuthConfig.DEFAULT_AUTHORITY, null));
    }

    private ServiceUnderTest(ServerConfig config) {
        app = PrecheckServer.create(config, () -> POLICY).start();
    }

    String origin() {
        return "http://127.0.0.1:" + app.port();
    }

    HttpResponse<byte[]> get(String pathOrUrl) throws Exception {
        URI uri = URI.create(pathOrUrl.startsWith("/") ? origin() + pathOrUrl : pathOrUrl);
        return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    String getText(String path) throws Exception {
        HttpResponse<byte[]> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode());
        }
        return new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        app.stop();
    }
}
