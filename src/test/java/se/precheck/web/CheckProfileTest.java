package se.precheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.precheck.policy.AdministrationProfile;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;
import se.precheck.policy.Severity;

/** The check names the administration profile that applied, beside policyVersion; nothing else changes. */
class CheckProfileTest {

    static Policy withProfileFor(String department) {
        Policy p = PolicyLoader.loadDefault();
        return new Policy(p.version(), p.guidelineVersion(), p.rules(), p.reminders(), p.switchboardNumbers(), p.intranetHosts(),
                p.localSystems(), p.allowedTerms(), p.minConfidence(), p.tenants(),
                Map.of(department.toLowerCase(java.util.Locale.ROOT), new AdministrationProfile(department, Map.of("R4-epost", Severity.HIGH))));
    }

    static JsonNode check(Policy policy, String text) throws Exception {
        Javalin app = PrecheckServer.create(ServerConfig.dev(0), () -> policy).start();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/check"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(Map.of("text", text)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            return Json.MAPPER.readTree(r.body());
        } finally {
            app.stop();
        }
    }

    @Test
    void the_profile_of_the_callers_administration_is_named_and_changes_the_check() throws Exception {
        // The dev user's department (GraphGateway.dev) is "Utveckling".
        JsonNode answer = check(withProfileFor("Utveckling"), "Skriv till anna.berg@example.com.");
        assertThat(answer.get("profile").get("id").asText()).isEqualTo("utveckling");
        assertThat(answer.get("profile").get("name").asText()).isEqualTo("Utveckling");
        assertThat(answer.get("findings").get(0).get("severity").asText()).isEqualTo("high");
        assertThat(answer.get("verdict").asText()).isEqualTo("stop");
        assertThat(iterable(answer.fieldNames())).containsExactly("verdict", "findings", "signals", "reminders", "policyVersion", "profile");
    }

    @Test
    void without_a_profile_for_the_caller_the_answer_is_exactly_the_contract() throws Exception {
        JsonNode other = check(withProfileFor("Socialförvaltningen"), "Skriv till anna.berg@example.com.");
        assertThat(other.has("profile")).isFalse();
        assertThat(other.get("verdict").asText()).isEqualTo("review");
        JsonNode none = check(PolicyLoader.loadDefault(), "hej");
        assertThat(iterable(none.fieldNames())).containsExactly("verdict", "findings", "signals", "reminders", "policyVersion");
    }

    static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
