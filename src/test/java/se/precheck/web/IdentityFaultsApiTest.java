package se.precheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.precheck.auth.IdentityPlatformStandIn;

/** The API while the identity platform is slow past the key-fetch timeout: 503 auth_unavailable, never a check. */
class IdentityFaultsApiTest {

    @Test
    void slow_platform_without_cached_keys_gives_503_and_never_a_verdict() throws Exception {
        try (IdentityPlatformStandIn idp = new IdentityPlatformStandIn()) {
            ServerConfig config = ServerConfig.entra(0, IdentityPlatformStandIn.CLIENT_ID, Set.of(IdentityPlatformStandIn.TENANT), idp.authority());
            try (TestServer warm = new TestServer(config)) {
                Map<String, String> bearer = Map.of("Authorization", "Bearer " + idp.token());
                assertThat(warm.post("/api/check", "{\"text\":\"hej\"}", bearer).statusCode()).isEqualTo(200);
                idp.slow(8_000); // past the service's 5 s key-fetch timeout
                assertThat(warm.post("/api/check", "{\"text\":\"hej\"}", bearer).statusCode()).as("cached keys keep working").isEqualTo(200);

                try (TestServer cold = new TestServer(config)) {
                    HttpResponse<String> response = cold.post("/api/check", "{\"text\":\"19121212-1212\"}", bearer);
                    assertThat(response.statusCode()).isEqualTo(503);
                    assertThat(response.body()).contains("auth_unavailable").contains("inte kontrollerad").doesNotContain("verdict");
                }
            }
        }
    }
}
