package se.precheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.precheck.policy.PolicySource;

class HealthPolicyTest {

    @TempDir
    Path dir;

    @Test
    void health_says_when_the_policy_file_is_broken_and_checks_go_on() throws Exception {
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, "localSystems: [Procapita]\n");
        try (PolicySource source = PolicySource.ofFile(file, Clock.systemUTC())) {
            Javalin app = PrecheckServer.create(ServerConfig.dev(0), source, source::status).start();
            try {
                HttpClient client = HttpClient.newHttpClient();
                JsonNode ok = get(client, app, "/health");
                assertThat(ok.get("policyStatus").asText()).isEqualTo("ok");
                assertThat(ok.get("status").asText()).isEqualTo("ok");
                String goodVersion = ok.get("policyVersion").asText();

                Files.writeString(file, "localSystems: Procapita\nfel: 1\n");
                source.reloadIfChanged();
                JsonNode broken = get(client, app, "/health");
                assertThat(broken.get("status").asText()).isEqualTo("degraded");
                assertThat(broken.get("policyStatus").asText()).isEqualTo("invalid");
                assertThat(broken.get("policyVersion").asText()).isEqualTo(goodVersion);
                assertThat(broken.get("policyProblems")).hasSize(2);
                assertThat(broken.get("policyMessage").asText()).contains("senast fungerande");

                HttpResponse<String> check = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/check"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Hej\",\"host\":\"word\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(check.statusCode()).isEqualTo(200);
                assertThat(Json.MAPPER.readTree(check.body()).get("policyVersion").asText()).isEqualTo(goodVersion);
            } finally {
                app.stop();
            }
        }
    }

    private static JsonNode get(HttpClient client, Javalin app, String path) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }
}
