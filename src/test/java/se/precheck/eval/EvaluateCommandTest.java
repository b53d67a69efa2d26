package se.precheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.precheck.cli.Main;
import se.precheck.web.Json;

class EvaluateCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void printsATablePerSplitInOrder() {
        Run r = run("evaluate", CorpusReaderTest.TINY.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("== tune: 3 texts ==", "== heldout: 1 texts ==", "== other: 1 texts ==",
                "verdict accuracy", "stop on ok texts");
        assertThat(r.out().indexOf("== tune")).isLessThan(r.out().indexOf("== heldout"));
        assertThat(r.out().indexOf("== heldout")).isLessThan(r.out().indexOf("== other"));
    }

    @Test
    void jsonCarriesTheSameFiguresAndMissesWithoutText() throws IOException {
        Run r = run("evaluate", "--json", "--misses", CorpusReaderTest.TINY.toString());
        assertThat(r.exit()).isZero();
        JsonNode root = Json.MAPPER.readTree(r.out());
        JsonNode tune = root.get("splits").get(0);
        assertThat(tune.get("split").asText()).isEqualTo("tune");
        assertThat(tune.get("texts").asInt()).isEqualTo(3);
        assertThat(tune.get("verdicts").get("total").asInt()).isEqualTo(3);
        assertThat(tune.get("verdicts").get("confusion").get("ok")).isNotNull();
        assertThat(tune.get("misses")).isNotNull();
        assertThat(r.out()).doesNotContain("anna.berg");
    }

    @Test
    void missesOnTheConsoleQuoteTheSurface() {
        Run r = run("evaluate", "--misses", CorpusReaderTest.TINY.toString());
        assertThat(r.out()).contains("misses (");
    }

    @Test
    void unreadableCorpusExitsWithTwoAndNamesTheLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"a\",\"domain\":\"hr\",\"verdict\":\"ok\",\"text\":\"⟦EMAIL:x\"}\n");
        Run r = run("evaluate", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.jsonl:1", "never closed");
    }

    @Test
    void missingFolderExitsWithTwo(@TempDir Path dir) {
        assertThat(run("evaluate", dir.resolve("nope").toString()).exit()).isEqualTo(2);
    }
}
