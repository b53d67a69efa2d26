package se.precheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.precheck.auth.AuthConfig;
import se.precheck.auth.IdentityPlatformStandIn;

/** The service in entra mode against a local identity-platform stand-in: real validation in the path. */
class EntraModeApiTest {

    static IdentityPlatformStandIn idp;
    static TestServer server;

    @BeforeAll
    static void start() {
        idp = new IdentityPlatformStandIn();
        server = new TestServer(ServerConfig.entra(0, IdentityPlatformStandIn.CLIENT_ID, Set.of(IdentityPlatformStandIn.TENANT), idp.authority()));
    }

    @AfterAll
    static void stop() {
        server.close();
        idp.close();
    }

    static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    @Test
    void a_work_account_token_is_let_through() throws Exception {
        HttpResponse<String> response = server.post("/api/check", "{\"text\":\"hej\"}", bearer(idp.token()));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void me_names_the_caller_and_says_when_graph_is_not_configured() throws Exception {
        HttpResponse<String> response = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/me"))
                .header("Authorization", "Bearer " + idp.token()).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Test Testsson").contains("\"profileUnavailable\":\"unavailable\"").contains("\"dev\":false");
    }

    @Test
    void no_token_is_401_with_a_bearer_challenge() throws Exception {
        HttpResponse<String> response = server.post("/api/check", "{\"text\":\"hej\"}");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(response.body()).contains("not_signed_in");
    }

    @Test
    void a_forged_token_is_401_invalid_token() throws Exception {
        HttpResponse<String> response = server.post("/api/check", "{\"text\":\"hej\"}", bearer(idp.token() + "x"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");
    }

    @Test
    void a_personal_account_is_403_wrong_account_explaining_rule_1() throws Exception {
        String personal = idp.token(c -> c.claim("tid", AuthConfig.CONSUMER_TENANT)
                .issuer(idp.authority() + "/" + AuthConfig.CONSUMER_TENANT + "/v2.0"));
        HttpResponse<String> response = server.post("/api/check", "{\"text\":\"hej\"}", bearer(personal));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("wrong_account").contains("tjänstekonto").contains("regel 1");
    }

    @Test
    void health_and_the_task_pane_need_no_token() throws Exception {
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
        assertThat(server.get("/health").body()).contains("\"mode\":\"entra\"");
        assertThat(server.get("/taskpane").statusCode()).isEqualTo(200);
        assertThat(server.get("/taskpane").body()).doesNotContain("Utvecklingsläge");
        assertThat(server.get("/static/taskpane.js").statusCode()).isEqualTo(200);
    }
}
