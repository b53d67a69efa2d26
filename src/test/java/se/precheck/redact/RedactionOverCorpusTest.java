package se.precheck.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.detect.Analysis;
import se.precheck.detect.Analyzer;
import se.precheck.detect.ReportedFinding;
import se.precheck.detect.Verdict;
import se.precheck.eval.CorpusReader;
import se.precheck.eval.CorpusRecord;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;
import se.precheck.policy.Severity;

/**
 * Every text of the evaluation corpus, redacted with the policy's defaults: what redaction can fix
 * is gone, and the verdict afterwards is exactly what the findings redaction cannot fix call for.
 */
class RedactionOverCorpusTest {

    private static final Policy POLICY = PolicyLoader.loadDefault();

    static Stream<CorpusRecord> corpus() {
        return CorpusReader.read(Path.of("src/test/resources/corpus")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void the_verdict_after_redaction_is_what_the_unfixable_findings_call_for(CorpusRecord record) {
        Analysis before = Analyzer.analyze(record.text(), POLICY);
        Redaction redaction = Redactor.redact(record.text(), before.findings(), Map.of(), List.of());
        Analysis after = Analyzer.analyze(redaction.text(), POLICY);

        assertThat(after.findings()).as("redactable findings left in %s", record.id())
                .noneMatch(f -> f.rule().redactable() && f.rule().severity().atLeast(Severity.LOW) && !"keep".equals(f.rule().operator())
                        && !"mask".equals(f.rule().operator()) && !"generalise".equals(f.rule().operator()));
        assertThat(after.verdict()).as(record.id()).isEqualTo(expected(before, after));
        assertThat(Redactor.restore(redaction.text(), redaction.mapping())).isEqualTo(restoredByDefaults(record.text(), before));
    }

    /** stop for an unfixable finding of medium or more, review for a low one or a lasting signal, else ok. */
    private static Verdict expected(Analysis before, Analysis after) {
        Verdict v = after.signals().isEmpty() ? Verdict.OK : Verdict.REVIEW;
        for (ReportedFinding f : before.findings()) {
            if (f.rule().redactable()) continue;
            if (f.rule().severity().atLeast(Severity.MEDIUM)) return Verdict.STOP;
            if (f.rule().severity().atLeast(Severity.LOW)) v = Verdict.REVIEW;
        }
        return v;
    }

    /** Masks and generalisations are one-way on purpose; everything else comes back. */
    private static String restoredByDefaults(String text, Analysis before) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (ReportedFinding f : before.findings()) {
            String op = f.rule().redactable() ? f.rule().operator() : "keep";
            out.append(text, at, f.finding().start());
            String original = text.substring(f.finding().start(), f.finding().end());
            out.append(switch (op) {
                case "mask" -> Masks.mask(f.finding().category(), original);
                case "generalise" -> Generalisations.generalise(f.finding().category(), original).orElse(original);
                default -> original;
            });
            at = f.finding().end();
        }
        return out.append(text.substring(at)).toString();
    }
}
