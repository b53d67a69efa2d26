package se.precheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.fuzz.Gen;
import java.util.List;

/**
 * Fuzzing the JSON endpoints (issue 11): any body to check, redact and restore gets an answer
 * below 500; every refusal is a 4xx with the JSON error shape, never a stack trace.
 */
class ApiFuzzTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        // No rate limit and a generous budget here: this is about parsing, not about load.
        server = new TestServer(ServerConfig.dev(0), Limits.defaults().withRateLimitPerMinute(1_000_000).withCheckTimeoutMs(60_000), Engine.DEFAULT);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Long> seeds() {
        return Gen.seeds();
    }

    static final List<String> PATHS = List.of("/api/check", "/api/redact", "/api/restore");
    static final List<String> TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"", "\"text\"", "\"host\"", "\"locale\"",
            "\"choices\"", "\"mapping\"", "\"placeholder\"", "\"original\"", "\"category\"", "\"f1\"", "\"pseudonym\"",
            "\"word\"", "\"en\"", "null", "true", "false", "0", "-1", "1e999", "9999999999999999999999", "\"\\u0000\"",
            "\"\\ud800\"", "\"\\\\\"", "\"19121212-1212\"", "\"Person 1\"", " ", "\n", "\u0000", "\uFEFF", "/*", "'");
    static final List<String> VALUES = List.of("null", "1", "\"x\"", "[]", "{}", "[\"a\"]", "{\"f1\":1}", "true",
            "[{\"placeholder\":1}]", "[{\"placeholder\":\"Person 1\",\"original\":null}]", "[null]", "\"\"", "\"  \"");
    static final List<String> TEXTS = List.of("\"hej 19121212-1212\"", "\"\"", "null", "1", "[]", "{}", "\"\\ud800x\"");
    static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8", "text/plain",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1");

    /** JSON-shaped bodies, broken in every way: the request fields with wrong types, fragments, nesting, random text. */
    static String body(Gen g) {
        return g.weighted(new int[] {3, 3, 1, 1},
                x -> x.join(40, y -> y.pick(TOKENS)),
                x -> "{\"text\":" + x.pick(TEXTS) + ",\"host\":" + x.pick(VALUES) + ",\"locale\":" + x.pick(VALUES)
                        + ",\"choices\":" + x.pick(VALUES) + ",\"mapping\":" + x.pick(VALUES) + "}",
                x -> x.anyString(200),
                x -> "{\"text\":" + "[".repeat(x.between(1, 3000)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void any_body_gets_a_json_answer_below_500(long seed) throws Exception {
        Gen g = new Gen(seed);
        String path = g.pick(PATHS);
        String body = body(g);
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", g.pick(CONTENT_TYPES))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as("status for %s", body).isBetween(200, 499);
        JsonNode json = Json.MAPPER.readTree(response.body());
        if (response.statusCode() >= 400) {
            assertThat(json.get("error").asText()).isNotBlank();
            assertThat(json.get("message").asText()).isNotBlank();
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at se.precheck");
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void any_bytes_get_a_json_answer_below_500(long seed) throws Exception {
        Gen g = new Gen(seed);
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri(g.pick(PATHS)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(g.bytes(300))).build());
        assertThat(response.statusCode()).isBetween(200, 499);
        assertThat(Json.MAPPER.readTree(response.body()).isObject()).isTrue();
    }
}
