package se.precheck.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

class AnalyzerTest {

    private final Policy policy = PolicyLoader.loadDefault();

    /** A detector that reports fixed findings, to test the pipeline apart from real detectors. */
    record Fixed(List<Finding> findings) implements Detector {
        @Override
        public List<Finding> detect(NormalizedText text, Policy policy) {
            return findings;
        }
    }

    static Finding f(Category c, int start, int end, double confidence, String rule) {
        return new Finding(c, start, end, confidence, rule, "test");
    }

    Analysis analyze(String text, Finding... findings) {
        return Analyzer.analyze(text, policy, List.of(new Fixed(List.of(findings))));
    }

    @Test
    void verdict_follows_the_design() {
        String text = "0123456789012345678901234567890123456789";
        assertThat(analyze(text).verdict()).isEqualTo(Verdict.OK);
        assertThat(analyze(text, f(Category.CASE_NUMBER, 0, 5, 0.9, "R2-diarienummer")).verdict())
                .as("info only").isEqualTo(Verdict.OK);
        assertThat(analyze(text, f(Category.EMAIL, 0, 5, 0.9, "R4-epost")).verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(analyze(text, f(Category.SYSTEM_COPY, 0, 5, 0.9, "DU-systemkopia-svag")).verdict())
                .as("low and not redactable").isEqualTo(Verdict.REVIEW);
        assertThat(analyze(text, f(Category.SYSTEM_COPY, 0, 5, 0.9, "DU-systemkopia")).verdict())
                .as("medium and not redactable").isEqualTo(Verdict.STOP);
        assertThat(analyze(text, f(Category.EMAIL, 0, 5, 0.9, "R4-epost"), f(Category.PERSONNUMMER, 10, 21, 0.9, "R4-personnummer"))
                .verdict()).isEqualTo(Verdict.STOP);
    }

    @Test
    void findings_below_the_policy_confidence_are_dropped() {
        Analysis a = analyze("0123456789", f(Category.EMAIL, 0, 5, policy.minConfidence() - 0.01, "R4-epost"));
        assertThat(a.findings()).isEmpty();
    }

    @Test
    void overlaps_are_resolved_by_severity_then_confidence_then_length_in_reading_order() {
        Analysis a = analyze("0123456789012345678901234567890",
                f(Category.PHONE, 0, 10, 0.9, "R4-telefon"),
                f(Category.PERSONNUMMER, 0, 11, 0.6, "R4-personnummer"),
                f(Category.EMAIL, 15, 20, 0.7, "R4-epost"),
                f(Category.PHONE, 14, 22, 0.9, "R4-telefon"),
                f(Category.CASE_NUMBER, 25, 30, 0.9, "R2-diarienummer"));
        assertThat(a.findings()).extracting(r -> r.finding().category())
                .containsExactly(Category.PERSONNUMMER, Category.PHONE, Category.CASE_NUMBER);
        assertThat(a.findings()).extracting(ReportedFinding::id).containsExactly("f1", "f2", "f3");
    }

    @Test
    void the_same_input_gives_the_same_analysis_whatever_the_detector_order() {
        Finding a = f(Category.PHONE, 0, 10, 0.8, "R4-telefon");
        Finding b = f(Category.EMAIL, 0, 10, 0.8, "R4-epost");
        Analysis one = Analyzer.analyze("0123456789", policy, List.of(new Fixed(List.of(a)), new Fixed(List.of(b))));
        Analysis two = Analyzer.analyze("0123456789", policy, List.of(new Fixed(List.of(b)), new Fixed(List.of(a))));
        assertThat(one).isEqualTo(two);
    }

    @Test
    void suggestions_number_each_distinct_value_per_label_in_reading_order() {
        String text = "a@x.se b@x.se a@x.se";
        Analysis a = analyze(text,
                f(Category.EMAIL, 14, 20, 0.9, "R4-epost"),
                f(Category.EMAIL, 0, 6, 0.9, "R4-epost"),
                f(Category.EMAIL, 7, 13, 0.9, "R4-epost"));
        assertThat(a.findings()).extracting(ReportedFinding::suggestion)
                .containsExactly("[E-POST 1]", "[E-POST 2]", "[E-POST 1]");
    }

    @Test
    void findings_that_redaction_cannot_fix_have_no_suggestion() {
        Analysis a = analyze("HEMLIG text", f(Category.SECURITY_CLASSIFICATION, 0, 6, 0.9, "R5-sakerhetsskydd"));
        assertThat(a.findings().get(0).suggestion()).isNull();
        assertThat(a.verdict()).isEqualTo(Verdict.STOP);
    }

    @Test
    void offsets_are_mapped_back_through_normalisation() {
        String text = "x\u200By\u200Bz abc";
        // In the normalised text "xyz abc", "abc" is at 4..7.
        Analysis a = analyze(text, f(Category.EMAIL, 4, 7, 0.9, "R4-epost"));
        assertThat(text.substring(a.findings().get(0).finding().start(), a.findings().get(0).finding().end())).isEqualTo("abc");
    }

    @Test
    void a_detector_naming_an_unknown_rule_is_a_bug_not_a_silent_pass() {
        assertThatThrownBy(() -> analyze("abc", f(Category.EMAIL, 0, 1, 0.9, "no-such-rule")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-rule");
    }

    @Test
    void every_rule_example_behaves_as_the_catalogue_says() {
        for (var rule : policy.allRules()) {
            for (String example : rule.mustFire()) {
                assertThat(Analyzer.analyze(example, policy).findings())
                        .as("%s must fire on: %s", rule.id(), example)
                        .anyMatch(r -> r.rule().id().equals(rule.id()));
            }
            for (String example : rule.mustNotFire()) {
                assertThat(Analyzer.analyze(example, policy).findings())
                        .as("%s must not fire on: %s", rule.id(), example)
                        .noneMatch(r -> r.rule().id().equals(rule.id()));
            }
        }
    }
}
