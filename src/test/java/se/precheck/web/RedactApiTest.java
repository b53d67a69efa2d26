package se.precheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedactApiTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode post(String path, Object body) throws Exception {
        HttpResponse<String> response = server.post(path, Json.MAPPER.writeValueAsString(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.MAPPER.readTree(response.body());
    }

    @Test
    void redact_rechecks_and_returns_the_mapping_and_restore_reverses_it() throws Exception {
        String text = "Svara karin.holm@example.com och ola@example.com senast fredag.";
        JsonNode redacted = post("/api/redact", Map.of("text", text, "choices", Map.of("f2", "replace"), "locale", "sv"));

        assertThat(redacted.get("text").asText()).isEqualTo("Svara E-post 1 och [E-POST 1] senast fredag.");
        assertThat(redacted.get("verdict").asText()).isEqualTo("ok");
        assertThat(redacted.get("findings")).isEmpty();
        assertThat(redacted.get("policyVersion").asText()).isEqualTo(server.policy.version());
        JsonNode mapping = redacted.get("mapping");
        assertThat(mapping).hasSize(2);
        assertThat(mapping.get(0).get("original").asText()).isEqualTo("karin.holm@example.com");

        JsonNode restored = post("/api/restore", Map.of("text", "Copilot: skriv till E-post 1 och [E-POST 1].", "mapping", mapping));
        assertThat(restored.get("text").asText()).isEqualTo("Copilot: skriv till karin.holm@example.com och ola@example.com.");
    }

    @Test
    void the_clients_mapping_keeps_numbers_stable() throws Exception {
        List<Map<String, String>> known = List.of(Map.of("placeholder", "E-post 1", "original", "ola@example.com", "category", "EMAIL"));
        JsonNode redacted = post("/api/redact", Map.of("text", "Ny: eva@example.com, gammal: ola@example.com", "mapping", known));
        assertThat(redacted.get("text").asText()).isEqualTo("Ny: E-post 2, gammal: E-post 1");
    }

    @Test
    void text_with_lone_surrogates_comes_back_intact() throws Exception {
        JsonNode redacted = post("/api/redact", Map.of("text", "x\uD800 ola@example.com \uDC00y"));
        assertThat(redacted.get("text").asText()).isEqualTo("x\uD800 E-post 1 \uDC00y");
    }

    @Test
    void bad_redact_and_restore_requests_get_json_errors() throws Exception {
        assertThat(server.post("/api/redact", "{\"text\":\"ola@example.com\",\"choices\":{\"f1\":\"shred\"}}").body())
                .contains("invalid_choice");
        assertThat(server.post("/api/redact", "{\"choices\":{}}").body()).contains("missing_text");
        assertThat(server.post("/api/restore", "{\"text\":\"x\"}").body()).contains("missing_mapping");
        HttpResponse<String> badMapping = server.post("/api/restore", "{\"text\":\"x\",\"mapping\":[{\"placeholder\":\"\"}]}");
        assertThat(badMapping.statusCode()).isEqualTo(400);
        assertThat(badMapping.body()).contains("invalid_json");
    }
}
