package se.precheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CheckApiTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.MAPPER.readTree(response.body());
    }

    @Test
    void check_returns_the_contract_with_offsets_into_the_text_as_sent() throws Exception {
        String text = "Skicka till anna.berg@example.com idag.";
        HttpResponse<String> response = server.post("/api/check", Json.MAPPER.writeValueAsString(
                java.util.Map.of("text", text, "host", "word", "locale", "sv")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = json(response);
        assertThat(body.get("verdict").asText()).isEqualTo("review");
        assertThat(body.get("policyVersion").asText()).isEqualTo(server.policy.version());
        assertThat(body.get("reminders")).isNotEmpty();
        assertThat(body.get("signals").isArray()).isTrue();
        JsonNode f = body.get("findings").get(0);
        assertThat(f.get("id").asText()).isEqualTo("f1");
        assertThat(f.get("category").asText()).isEqualTo("EMAIL");
        assertThat(text.substring(f.get("start").asInt(), f.get("end").asInt())).isEqualTo("anna.berg@example.com");
        assertThat(f.get("severity").asText()).isEqualTo("medium");
        assertThat(f.get("ruleId").asText()).isEqualTo("R4-epost");
        assertThat(f.get("explanation").asText()).contains("e-postadress");
        assertThat(f.get("guideline").asText()).contains("regel 4");
        assertThat(f.get("redactable").asBoolean()).isTrue();
        assertThat(f.get("suggestion").asText()).isEqualTo("[E-POST 1]");
    }

    @Test
    void english_locale_gives_english_explanations() throws Exception {
        JsonNode body = json(server.post("/api/check", "{\"text\":\"mail anna@example.com\",\"locale\":\"en\"}"));
        assertThat(body.get("findings").get(0).get("explanation").asText()).contains("e-mail address");
        assertThat(body.get("reminders").get(0).asText()).contains("fact-check");
    }

    @Test
    void offsets_count_utf16_units_across_emoji_and_invisible_characters() throws Exception {
        String text = "\uD83D\uDE00\u200B a\u200Bnna@example.com";
        JsonNode f = json(server.post("/api/check", Json.MAPPER.writeValueAsString(java.util.Map.of("text", text))))
                .get("findings").get(0);
        assertThat(f.get("start").asInt()).isEqualTo(4);
        assertThat(f.get("end").asInt()).isEqualTo(text.length());
    }

    static Stream<Arguments> anyUnicode() {
        return Stream.of(
                Arguments.of("emoji", "{\"text\":\"Hej \uD83D\uDC4B allihop\"}"),
                Arguments.of("zero-width", "{\"text\":\"a\\u200Bb\\uFEFFc\"}"),
                Arguments.of("lone high surrogate", "{\"text\":\"x\\uD800y\"}"),
                Arguments.of("lone low surrogate", "{\"text\":\"x\\uDC00\"}"),
                Arguments.of("NUL", "{\"text\":\"a\\u0000b\"}"),
                Arguments.of("right-to-left", "{\"text\":\"\u0645\u0631\u062D\u0628\u0627 \u202Eabc\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("anyUnicode")
    void any_unicode_is_accepted_and_checked(String name, String body) throws Exception {
        HttpResponse<String> response = server.post("/api/check", body);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("verdict").asText()).isIn("ok", "review", "stop");
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"text\": ", 400, "invalid_json"),
                Arguments.of("not JSON at all", "Hej hej", 400, "invalid_json"),
                Arguments.of("JSON null", "null", 400, "invalid_json"),
                Arguments.of("array instead of object", "[1,2]", 400, "invalid_json"),
                Arguments.of("missing text", "{\"host\":\"word\"}", 400, "missing_text"),
                Arguments.of("null text", "{\"text\":null}", 400, "missing_text"),
                Arguments.of("blank text", "{\"text\":\"  \\n \"}", 400, "blank_text"),
                Arguments.of("empty body", "", 400, "invalid_json"),
                Arguments.of("unknown host", "{\"text\":\"hej\",\"host\":\"excel\"}", 400, "invalid_host"),
                Arguments.of("deep nesting", "{\"text\":\"hej\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}", 400, "invalid_json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void bad_input_gets_a_json_error_in_swedish(String name, String body, int status, String code) throws Exception {
        HttpResponse<String> response = server.post("/api/check", body);
        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode error = json(response);
        assertThat(error.get("error").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at se.precheck");
    }

    @Test
    void a_body_over_the_limit_is_refused_with_413() throws Exception {
        try (TestServer small = new TestServer(ServerConfig.dev(0).withMaxBodyBytes(1000))) {
            HttpResponse<String> response = small.post("/api/check", "{\"text\":\"" + "a".repeat(2000) + "\"}");
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(json(response).get("error").asText()).isEqualTo("too_large");
        }
    }

    @Test
    void a_chunked_body_over_the_limit_is_refused_with_413() throws Exception {
        try (TestServer small = new TestServer(ServerConfig.dev(0).withMaxBodyBytes(1000))) {
            byte[] big = ("{\"text\":\"" + "a".repeat(5000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(small.uri("/api/check"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
                    .build();
            HttpResponse<String> response = small.send(request);
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(json(response).get("error").asText()).isEqualTo("too_large");
        }
    }

    @Test
    void unknown_path_is_404_json_and_wrong_method_is_405_json() throws Exception {
        HttpResponse<String> missing = server.get("/api/nothing-here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("error").asText()).isEqualTo("not_found");

        HttpResponse<String> wrongMethod = server.get("/api/check");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(json(wrongMethod).get("error").asText()).isEqualTo("method_not_allowed");
    }

    @Test
    void me_in_dev_mode_is_the_dev_user_with_a_fixed_profile() throws Exception {
        JsonNode me = json(server.get("/api/me"));
        assertThat(me.get("dev").asBoolean()).isTrue();
        assertThat(me.get("department").asText()).isEqualTo("Utveckling");
    }

    @Test
    void health_names_version_and_policy_version() throws Exception {
        HttpResponse<String> response = server.get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("version").asText()).isNotBlank();
        assertThat(body.get("policyVersion").asText()).isEqualTo(server.policy.version());
        assertThat(body.get("mode").asText()).isEqualTo("dev");
    }

    @Test
    void taskpane_works_in_a_plain_browser_and_says_dev_mode() throws Exception {
        HttpResponse<String> page = server.get("/taskpane");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).contains("text/html").contains("utf-8");
        assertThat(page.body()).contains("<textarea").contains("Kontrollera före Copilot").contains("Utvecklingsläge")
                .contains("/static/taskpane.js");
        assertThat(server.get("/taskpane?locale=en").body()).contains("Check before Copilot");
        HttpResponse<String> script = server.get("/static/taskpane.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("/api/check");
    }

    static Stream<String> everyKindOfResponse() {
        return Stream.of("/health", "/taskpane", "/static/taskpane.css", "/nope", "/api/check");
    }

    @ParameterizedTest
    @MethodSource("everyKindOfResponse")
    void security_headers_are_on_every_response(String path) throws Exception {
        HttpResponse<String> response = server.get(path);
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("script-src 'self' https://appsforoffice.microsoft.com;")
                .contains("frame-ancestors").doesNotContain("unsafe-inline").doesNotContain("*;");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    @Test
    void only_the_sign_in_dialog_may_connect_to_the_identity_platform() throws Exception {
        assertThat(server.get("/static/signin.html").headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("connect-src 'self' https://login.microsoftonline.com;");
        assertThat(server.get("/taskpane").headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("connect-src 'self';").doesNotContain("login.microsoftonline.com");
    }

    @Test
    void api_answers_are_never_cached() throws Exception {
        HttpResponse<String> response = server.post("/api/check", "{\"text\":\"hej\"}");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(server.post("/api/check", "{").headers().firstValue("Cache-Control")).contains("no-store");
    }
}
