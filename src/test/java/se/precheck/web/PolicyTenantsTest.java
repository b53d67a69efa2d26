package se.precheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.precheck.auth.IdentityPlatformStandIn;
import se.precheck.policy.PolicySource;

/** Tenants named in the policy file are let in besides PRECHECK_TENANTS, from the next reload on. */
class PolicyTenantsTest {

    @TempDir
    Path dir;

    @Test
    void a_tenant_added_in_the_policy_file_is_accepted_after_reload() throws Exception {
        String other = IdentityPlatformStandIn.OTHER_TENANT;
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, "localSystems: [Procapita]\n");
        try (IdentityPlatformStandIn idp = new IdentityPlatformStandIn();
             PolicySource source = PolicySource.ofFile(file, Clock.systemUTC())) {
            ServerConfig config = ServerConfig.entra(0, IdentityPlatformStandIn.CLIENT_ID, Set.of(IdentityPlatformStandIn.TENANT), idp.authority());
            Javalin app = PrecheckServer.create(config, source, source::status).start();
            try {
                String token = idp.token(c -> c.claim("tid", other).issuer(idp.authority() + "/" + other + "/v2.0"));
                assertThat(check(app, token).statusCode()).isEqualTo(403);

                Files.writeString(file, "localSystems: [Procapita]\ntenants: [\"" + other + "\"]\n");
                source.reloadIfChanged();
                assertThat(check(app, token).statusCode()).isEqualTo(200);
                assertThat(check(app, idp.token()).statusCode()).isEqualTo(200);
            } finally {
                app.stop();
            }
        }
    }

    private static HttpResponse<String> check(Javalin app, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/check"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hej\"}")).build(), HttpResponse.BodyHandlers.ofString());
    }
}
