package se.precheck.detect.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.detect.Normalizer;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

/**
 * One row of a detector table: a text, the rule that must (or must not) be found, the exact text
 * the finding must cover, and why. {@link #check} runs the row against a detector.
 */
record Rows(String text, String rule, String span, boolean fires, String reason) {

    static final Policy POLICY = PolicyLoader.loadDefault();

    /** {@code rule} must be found, covering exactly {@code span}. */
    static Rows fires(String text, String rule, String span) {
        return new Rows(text, rule, span, true, "must fire");
    }

    /** {@code rule} must not be found anywhere in {@code text}. */
    static Rows none(String text, String rule, String reason) {
        return new Rows(text, rule, null, false, reason);
    }

    static List<Finding> run(Detector detector, String text) {
        NormalizedText normalized = Normalizer.normalize(text);
        List<Finding> found = detector.detect(normalized, POLICY);
        for (Finding f : found) {
            assertThat(POLICY.rule(f.ruleId())).as("rule %s exists", f.ruleId()).isPresent();
            assertThat(f.evidence()).as("evidence is a content-free name").matches("[a-z0-9;\\-]+");
        }
        return found;
    }

    void check(Detector detector) {
        NormalizedText normalized = Normalizer.normalize(text);
        List<Finding> found = run(detector, text);
        List<String> spans = found.stream()
                .filter(f -> f.ruleId().equals(rule) && f.confidence() >= POLICY.minConfidence())
                .map(f -> normalized.text().substring(f.start(), f.end()))
                .toList();
        if (fires) {
            assertThat(spans).as("%s in «%s» (all: %s)", rule, text, found).contains(span);
        } else {
            assertThat(spans).as("%s must not fire in «%s»: %s", rule, text, reason).isEmpty();
        }
    }

    @Override
    public String toString() {
        return (fires ? "fires " + rule : "not " + rule + " (" + reason + ")") + ": " + text.replace("\n", "⏎");
    }
}
