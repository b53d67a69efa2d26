package se.precheck.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Faults of the identity platform (issue 11): its key set slow past the fetch timeout, or
 * unreachable. Keys already fetched keep working; without a key the answer is KEYS_UNAVAILABLE
 * (503 on the API), never a pass, and it comes within the fetch timeout, not whenever the platform answers.
 */
class IdentityPlatformFaultsTest {

    static final long FETCH_TIMEOUT_MS = 300;

    static AuthConfig config(IdentityPlatformStandIn idp) {
        return new AuthConfig(IdentityPlatformStandIn.CLIENT_ID, null, Set.of(IdentityPlatformStandIn.TENANT), idp.authority());
    }

    static String token(IdentityPlatformStandIn idp) {
        return "Bearer " + idp.token();
    }

    @Test
    void slow_keys_cached_keys_keep_working_and_no_cached_key_is_keys_unavailable_within_the_timeout() throws Exception {
        try (IdentityPlatformStandIn idp = new IdentityPlatformStandIn()) {
            EntraTokenValidator warm = new EntraTokenValidator(config(idp), FETCH_TIMEOUT_MS);
            warm.validate(token(idp));
            idp.slow(3_000);

            long started = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                assertThat(warm.validate(token(idp)).tenantId()).isEqualTo(IdentityPlatformStandIn.TENANT);
            }
            assertThat((System.nanoTime() - started) / 1_000_000).as("cached keys: no wait for the platform").isLessThan(1_000);

            EntraTokenValidator cold = new EntraTokenValidator(config(idp), FETCH_TIMEOUT_MS);
            started = System.nanoTime();
            assertThatThrownBy(() -> cold.validate(token(idp)))
                    .isInstanceOfSatisfying(AuthException.class, e -> assertThat(e.reason()).isEqualTo(AuthException.Reason.KEYS_UNAVAILABLE));
            assertThat((System.nanoTime() - started) / 1_000_000).as("refused within the fetch timeout").isLessThan(2_500);
        }
    }

    @Test
    void unreachable_platform_is_keys_unavailable_never_a_pass() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (IdentityPlatformStandIn idp = new IdentityPlatformStandIn()) {
            AuthConfig nowhere = new AuthConfig(IdentityPlatformStandIn.CLIENT_ID, null, Set.of(IdentityPlatformStandIn.TENANT),
                    "http://127.0.0.1:" + closedPort);
            // A genuine token, but the keys to prove it cannot be had: refused as unavailable.
            String genuine = "Bearer " + idp.token(c -> c.issuer("http://127.0.0.1:" + closedPort + "/" + IdentityPlatformStandIn.TENANT + "/v2.0"));
            assertThatThrownBy(() -> new EntraTokenValidator(nowhere, FETCH_TIMEOUT_MS).validate(genuine))
                    .isInstanceOfSatisfying(AuthException.class, e -> assertThat(e.reason()).isEqualTo(AuthException.Reason.KEYS_UNAVAILABLE));
        }
    }

    @Test
    void a_platform_that_recovers_is_used_again() throws Exception {
        try (IdentityPlatformStandIn idp = new IdentityPlatformStandIn()) {
            idp.slow(3_000);
            EntraTokenValidator v = new EntraTokenValidator(config(idp), FETCH_TIMEOUT_MS);
            assertThatThrownBy(() -> v.validate(token(idp))).isInstanceOf(AuthException.class);
            idp.slow(0);
            Thread.sleep(3_200); // the stand-in's slow answer drains
            assertThat(new EntraTokenValidator(config(idp), FETCH_TIMEOUT_MS).validate(token(idp)).tenantId())
                    .isEqualTo(IdentityPlatformStandIn.TENANT);
        }
    }
}
