package se.precheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.precheck.web.Json;

class CliTest {

    record Run(int exit, String out, String err) {
        List<JsonNode> lines() {
            return out.lines().filter(l -> !l.isBlank()).map(l -> {
                try {
                    return Json.MAPPER.readTree(l);
                } catch (Exception e) {
                    throw new AssertionError("not JSON: " + l, e);
                }
            }).toList();
        }
    }

    static Run run(String stdin, String... args) {
        InputStream originalIn = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            int exit = cli.execute(args);
            return new Run(exit, out.toString(), err.toString());
        } finally {
            System.setIn(originalIn);
        }
    }

    @Test
    void check_prints_the_api_json_for_each_file(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Mejla mig på karin.holm@example.com.");
        Path b = Files.writeString(dir.resolve("b.txt"), "Protokoll från nämndens sammanträde.");
        Run run = run("", "check", a.toString(), b.toString());

        assertThat(run.exit()).isZero();
        List<JsonNode> results = Json.MAPPER.readerFor(JsonNode.class).<JsonNode>readValues(run.out()).readAll();
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("verdict").asText()).isEqualTo("review");
        assertThat(results.get(0).get("findings").get(0).get("category").asText()).isEqualTo("EMAIL");
        assertThat(results.get(1).get("verdict").asText()).isEqualTo("ok");
        assertThat(results.get(1).has("policyVersion")).isTrue();
    }

    @Test
    void check_redact_prints_the_redacted_text(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Mejla karin.holm@example.com i dag.");
        Run run = run("", "check", "--redact", a.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("Mejla E-post 1 i dag.");
    }

    @Test
    void unreadable_file_gives_exit_2_and_a_message(@TempDir Path dir) {
        Run run = run("", "check", dir.resolve("saknas.txt").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("saknas.txt");
    }

    @Test
    void jsonl_answers_each_line_with_its_id() {
        String input = """
                {"id": "a1", "text": "Ring 070-174 06 28 eller mejla per@example.com"}
                {"id": 7, "text": "Inget känsligt här."}
                {"id": "en", "text": "mail me at x@example.com", "locale": "en"}
                """;
        Run run = run(input, "check", "--jsonl");
        assertThat(run.exit()).isZero();
        List<JsonNode> lines = run.lines();
        assertThat(lines).extracting(l -> l.get("id").asText()).containsExactly("a1", "7", "en");
        assertThat(lines.get(1).get("id").isInt()).isTrue();
        assertThat(lines.get(0).get("findings")).isNotEmpty();
        assertThat(lines.get(1).get("verdict").asText()).isEqualTo("ok");
        assertThat(lines.get(2).get("findings").get(0).get("explanation").asText()).contains("e-mail");
    }

    @Test
    void jsonl_reports_broken_lines_goes_on_and_exits_2() {
        String input = "{\"id\":1,\"text\":\"hej\"}\nnot json\n{\"id\":3}\n{\"id\":4,\"text\":\"hej igen\"}\n";
        Run run = run(input, "check", "--jsonl");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.lines()).extracting(l -> l.get("id").asInt()).containsExactly(1, 4);
        assertThat(run.err()).contains("Rad 2").contains("Rad 3");
    }

    @Test
    void check_without_input_explains_itself() {
        Run run = run("", "check");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--jsonl");
    }
}
