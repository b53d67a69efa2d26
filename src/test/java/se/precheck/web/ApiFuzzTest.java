package se.precheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing the JSON endpoints (issue 11): any body to check, redact and restore gets an answer
 * below 500; every refusal is a 4xx with the JSON error shape, never a stack trace.
 */
class ApiFuzzTest {

    static TestServer server;

    @BeforeContainer
    static void start() {
        // No rate limit and a generous budget here: this is about parsing, not about load.
        server = new TestServer(ServerConfig.dev(0), Limits.defaults().withRateLimitPerMinute(1_000_000).withCheckTimeoutMs(60_000), Engine.DEFAULT);
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Provide
    Arbitrary<String> path() {
        return Arbitraries.of("/api/check", "/api/redact", "/api/restore");
    }

    /** JSON-shaped bodies, broken in every way: the request fields with wrong types, fragments, nesting, raw bytes. */
    @Provide
    Arbitrary<String> body() {
        Arbitrary<String> token = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "\"text\"", "\"host\"", "\"locale\"",
                "\"choices\"", "\"mapping\"", "\"placeholder\"", "\"original\"", "\"category\"", "\"f1\"", "\"pseudonym\"",
                "\"word\"", "\"en\"", "null", "true", "false", "0", "-1", "1e999", "9999999999999999999999", "\"\\u0000\"",
                "\"\\ud800\"", "\"\\\\\"", "\"19121212-1212\"", "\"Person 1\"", " ", "\n", "\u0000", "\uFEFF", "/*", "'");
        Arbitrary<String> fragments = token.list().ofMaxSize(40).map(l -> String.join("", l));
        Arbitrary<String> anyValue = Arbitraries.of("null", "1", "\"x\"", "[]", "{}", "[\"a\"]", "{\"f1\":1}", "true",
                "[{\"placeholder\":1}]", "[{\"placeholder\":\"Person 1\",\"original\":null}]", "[null]", "\"\"", "\"  \"");
        Arbitrary<String> typed = net.jqwik.api.Combinators.combine(
                        Arbitraries.of("\"hej 19121212-1212\"", "\"\"", "null", "1", "[]", "{}", "\"\\ud800x\""),
                        anyValue, anyValue, anyValue, anyValue)
                .as((text, host, locale, choices, mapping) -> "{\"text\":" + text + ",\"host\":" + host + ",\"locale\":" + locale
                        + ",\"choices\":" + choices + ",\"mapping\":" + mapping + "}");
        return Arbitraries.frequencyOf(
                Tuple.of(3, fragments),
                Tuple.of(3, typed),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(200)),
                Tuple.of(1, Arbitraries.integers().between(1, 3000).map(n -> "{\"text\":" + "[".repeat(n))));
    }

    @Property
    void any_body_gets_a_json_answer_below_500(@ForAll("path") String path, @ForAll("body") String body,
                                               @ForAll("contentType") String contentType) throws Exception {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as("status for %s", body).isBetween(200, 499);
        JsonNode json = Json.MAPPER.readTree(response.body());
        if (response.statusCode() >= 400) {
            assertThat(json.get("error").asText()).isNotBlank();
            assertThat(json.get("message").asText()).isNotBlank();
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at se.precheck");
        }
    }

    @Provide
    Arbitrary<String> contentType() {
        return Arbitraries.of("application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=latin1");
    }

    @Property(tries = 20)
    void any_bytes_get_a_json_answer_below_500(@ForAll("path") String path, @ForAll byte[] body) throws Exception {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertThat(response.statusCode()).isBetween(200, 499);
        assertThat(Json.MAPPER.readTree(response.body()).isObject()).isTrue();
    }

}
