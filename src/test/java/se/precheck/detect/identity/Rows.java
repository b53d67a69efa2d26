package se.precheck.detect.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.provider.Arguments;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.Normalizer;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

/** Shared shape of the detector tables: (text, expected rule or null, expected span text, reason). */
final class Rows {

    static final Policy POLICY = PolicyLoader.loadDefault();

    private Rows() {
    }

    /** A row that must give {@code ruleId} on exactly {@code span}. */
    static Arguments fires(String text, String ruleId, String span) {
        return Arguments.of(text, ruleId, span, "must fire");
    }

    /** A row that must give nothing, with the reason. */
    static Arguments silent(String text, String reason) {
        return Arguments.of(text, null, null, reason);
    }

    static List<Finding> run(Detector detector, String text) {
        return detector.detect(Normalizer.normalize(text), POLICY);
    }

    static void check(Detector detector, String text, String ruleId, String span, String reason) {
        List<Finding> found = run(detector, text);
        if (ruleId == null) {
            assertThat(found).as(reason).isEmpty();
            return;
        }
        assertThat(found).as(reason).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.ruleId()).as(text).isEqualTo(ruleId);
        assertThat(text.substring(f.start(), f.end())).as(text).isEqualTo(span);
        assertThat(f.confidence()).as(text).isGreaterThanOrEqualTo(POLICY.minConfidence());
        assertThat(POLICY.rule(f.ruleId())).as("rule exists").isPresent();
        assertThat(POLICY.rule(f.ruleId()).orElseThrow().category()).as("category matches rule").isEqualTo(f.category());
    }
}
