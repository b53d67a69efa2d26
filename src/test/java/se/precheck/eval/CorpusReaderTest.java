package se.precheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.precheck.detect.Verdict;
import se.precheck.policy.Category;

class CorpusReaderTest {

    static final Path TINY = Path.of("src/test/resources/eval/tiny");

    @Test
    void readsInlineMarkupAndOffsetAnnotationsWithTheirSplits() {
        List<CorpusRecord> records = CorpusReader.read(TINY);
        assertThat(records).extracting(CorpusRecord::id, CorpusRecord::split)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("h-1", "heldout"),
                        org.assertj.core.groups.Tuple.tuple("o-1", "other"),
                        org.assertj.core.groups.Tuple.tuple("t-1", "tune"),
                        org.assertj.core.groups.Tuple.tuple("t-2", "tune"),
                        org.assertj.core.groups.Tuple.tuple("t-3", "tune"));
        CorpusRecord t3 = records.get(4);
        assertThat(t3.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(t3.gold()).containsExactly(new Span(Category.EMAIL, 6, 26));
        assertThat(t3.surface(t3.gold().get(0))).isEqualTo("anna.berg@example.co");
    }

    @Test
    void aLinkedSplitFolderIsRead(@TempDir Path dir) throws IOException {
        // One split alone, by linking it into a folder of its own (evaluating the tuning texts only).
        java.nio.file.Files.createSymbolicLink(dir.resolve("tune"), TINY.resolve("tune").toAbsolutePath());
        assertThat(CorpusReader.read(dir)).extracting(CorpusRecord::id).containsExactly("t-1", "t-2", "t-3");
    }

    @Test
    void badLineIsReportedWithFileAndLineNumber(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.jsonl"), """
                {"id": "a", "domain": "hr", "verdict": "ok", "text": "bra"}
                {"id": "b", "domain": "hr", "verdict": "maybe", "text": "bra"}
                """);
        assertThatThrownBy(() -> CorpusReader.read(dir))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("x.jsonl:2")
                .hasMessageContaining("unknown verdict");
    }

    @Test
    void annotationOutsideTheTextIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.jsonl"),
                "{\"id\":\"a\",\"domain\":\"hr\",\"verdict\":\"ok\",\"text\":\"kort\",\"annotations\":[{\"category\":\"EMAIL\",\"start\":2,\"end\":9}]}\n");
        assertThatThrownBy(() -> CorpusReader.read(dir)).hasMessageContaining("x.jsonl:1").hasMessageContaining("outside the text");
    }

    @Test
    void notJsonIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.jsonl"), "\n\n{inte json\n");
        assertThatThrownBy(() -> CorpusReader.read(dir)).hasMessageContaining("x.jsonl:3").hasMessageContaining("not valid JSON");
    }
}
