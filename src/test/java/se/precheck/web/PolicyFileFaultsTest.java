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
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.precheck.policy.PolicySource;

/**
 * The policy file deleted, truncated to nothing and overwritten with bytes that are not text while
 * the service runs and watches it on its timer (as {@code serve} does): the last good policy stays in
 * force for every check, {@code /health} says so, and a repaired file is picked up again.
 */
class PolicyFileFaultsTest {

    @TempDir
    Path dir;
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void a_policy_file_deleted_or_corrupted_at_run_time_leaves_the_last_good_policy_in_force() throws Exception {
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, "localSystems: [Procapita]\n");
        try (PolicySource source = PolicySource.ofFile(file, Clock.systemUTC()).watchEvery(1)) {
            Javalin app = PrecheckServer.create(ServerConfig.dev(0), source, source::status).start();
            try {
                JsonNode ok = health(app);
                assertThat(ok.get("status").asText()).isEqualTo("ok");
                String good = ok.get("policyVersion").asText();
                assertThat(checkVersion(app)).isEqualTo(good);

                Files.delete(file);
                JsonNode deleted = awaitHealth(app, h -> h.get("policyStatus").asText().equals("invalid"));
                assertThat(deleted.get("status").asText()).isEqualTo("degraded");
                assertThat(deleted.get("policyVersion").asText()).isEqualTo(good);
                assertThat(deleted.get("policyMessage").asText()).contains("senast fungerande");
                assertThat(deleted.get("policyProblems").toString()).contains("finns inte");
                assertThat(checkVersion(app)).isEqualTo(good);

                Files.write(file, new byte[] {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF, '{', '[', ':'});
                awaitHealth(app, h -> !h.get("policyProblems").toString().contains("finns inte"));
                assertThat(health(app).get("policyVersion").asText()).isEqualTo(good);
                assertThat(checkVersion(app)).isEqualTo(good);

                Files.writeString(file, "");
                awaitHealth(app, h -> h.get("policyStatus").asText().equals("invalid") && h.get("policyProblems").size() > 0
                        && !h.toString().contains("MalformedInput"));
                assertThat(checkVersion(app)).isEqualTo(good);

                Files.writeString(file, "localSystems: [Lifecare]\n");
                JsonNode repaired = awaitHealth(app, h -> h.get("policyStatus").asText().equals("ok"));
                assertThat(repaired.get("status").asText()).isEqualTo("ok");
                assertThat(repaired.get("policyVersion").asText()).isNotEqualTo(good);
                assertThat(checkVersion(app)).isEqualTo(repaired.get("policyVersion").asText());
            } finally {
                app.stop();
            }
        }
    }

    private String checkVersion(Javalin app) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/check"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Ring 070-123 45 67\",\"host\":\"word\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body()).get("policyVersion").asText();
    }

    private JsonNode health(Javalin app) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }

    private JsonNode awaitHealth(Javalin app, Predicate<JsonNode> condition) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        JsonNode h = health(app);
        while (!condition.test(h) && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            h = health(app);
        }
        assertThat(condition.test(h)).as("health reached the expected state: %s", h).isTrue();
        return h;
    }
}
