package se.precheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.precheck.policy.Category.EMAIL;
import static se.precheck.policy.Category.HEALTH;
import static se.precheck.policy.Category.PERSON_NAME;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.precheck.detect.Analysis;
import se.precheck.detect.Finding;
import se.precheck.detect.ReportedFinding;
import se.precheck.detect.Verdict;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;
import se.precheck.policy.Rule;
import se.precheck.policy.Severity;

class ScorerTest {

    private static CorpusRecord record(String id, Verdict verdict, Span... gold) {
        return new CorpusRecord(id, "test", "tune", verdict, "x".repeat(100), List.of(gold), "test:1");
    }

    private static TextOutcome outcome(CorpusRecord record, Verdict predicted, Span... spans) {
        return new TextOutcome(record, List.of(spans), predicted);
    }

    @Test
    void precisionRecallAndF2FromCounts() {
        CategoryScore s = new CategoryScore(PERSON_NAME, 6, 2, 3);
        assertThat(s.precision()).isCloseTo(0.75, within(1e-9));
        assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));
        // F2 = 5PR / (4P + R)
        assertThat(s.f2()).isCloseTo(5 * 0.75 * (2.0 / 3) / (4 * 0.75 + 2.0 / 3), within(1e-9));
    }

    @Test
    void undefinedMeasuresAreNaNAndZeroHitsGiveZeroF2() {
        assertThat(new CategoryScore(EMAIL, 0, 0, 0).recall()).isNaN();
        assertThat(new CategoryScore(EMAIL, 0, 0, 2).precision()).isNaN();
        assertThat(new CategoryScore(EMAIL, 0, 3, 2).f2()).isZero();
        assertThat(new CategoryScore(EMAIL, 0, 0, 2).f2()).as("nothing predicted: a total miss").isZero();
        assertThat(new CategoryScore(EMAIL, 0, 2, 0).f2()).as("no gold spans").isNaN();
    }

    @Test
    void overlapInTheSameCategoryMatchesEachGoldSpanOnce() {
        CorpusRecord r = record("t-1", Verdict.REVIEW,
                new Span(PERSON_NAME, 0, 13), new Span(EMAIL, 20, 35));
        Scores s = Scorer.score("tune", List.of(outcome(r, Verdict.REVIEW,
                new Span(PERSON_NAME, 0, 4),     // overlaps the name: hit
                new Span(PERSON_NAME, 5, 13),    // same gold span again: false positive
                new Span(HEALTH, 20, 35))));     // right place, wrong category
        assertThat(s.category(PERSON_NAME).orElseThrow()).isEqualTo(new CategoryScore(PERSON_NAME, 1, 1, 0));
        assertThat(s.category(HEALTH).orElseThrow()).isEqualTo(new CategoryScore(HEALTH, 0, 1, 0));
        assertThat(s.category(EMAIL).orElseThrow()).isEqualTo(new CategoryScore(EMAIL, 0, 0, 1));
        assertThat(s.overall()).isEqualTo(new CategoryScore(null, 1, 2, 1));
        assertThat(s.misses()).extracting(Miss::kind, m -> m.span().category()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Miss.Kind.FALSE_POSITIVE, PERSON_NAME),
                org.assertj.core.groups.Tuple.tuple(Miss.Kind.FALSE_POSITIVE, HEALTH),
                org.assertj.core.groups.Tuple.tuple(Miss.Kind.FALSE_NEGATIVE, EMAIL));
    }

    @Test
    void touchingSpansDoNotOverlap() {
        CorpusRecord r = record("t-2", Verdict.REVIEW, new Span(EMAIL, 10, 20));
        Scores s = Scorer.score("tune", List.of(outcome(r, Verdict.REVIEW, new Span(EMAIL, 20, 30))));
        assertThat(s.category(EMAIL).orElseThrow()).isEqualTo(new CategoryScore(EMAIL, 0, 1, 1));
    }

    @Test
    void verdictConfusionAccuracyAndStopOnOk() {
        Scores s = Scorer.score("heldout", List.of(
                outcome(record("a", Verdict.OK), Verdict.OK),
                outcome(record("b", Verdict.OK), Verdict.STOP),
                outcome(record("c", Verdict.STOP), Verdict.STOP),
                outcome(record("d", Verdict.REVIEW), Verdict.OK)));
        assertThat(s.verdicts().accuracy()).isEqualTo(0.5);
        assertThat(s.verdicts().stopOnOk()).isEqualTo(1);
        assertThat(s.verdicts().count(Verdict.REVIEW, Verdict.OK)).isEqualTo(1);
        assertThat(s.verdicts().total()).isEqualTo(4);
    }

    @Test
    void infoFindingsInCategoriesAnnotatedByUseAreNotScored() {
        Policy policy = PolicyLoader.loadDefault();
        Rule info = ruleAt(policy, Severity.INFO);
        Rule high = ruleAt(policy, Severity.HIGH);
        Analysis analysis = new Analysis(Verdict.OK, List.of(
                finding("f1", HEALTH, info),
                finding("f2", HEALTH, high),
                finding("f3", EMAIL, info),
                finding("f4", Category.SECRECY_MARKING, info),
                finding("f5", Category.SECRECY_MARKING, high),
                finding("f6", Category.CASE_NUMBER, info)), List.of(), "test");
        assertThat(Scorer.predictions(analysis)).containsExactly(
                new Span(HEALTH, 0, 4), new Span(EMAIL, 0, 4), new Span(Category.SECRECY_MARKING, 0, 4),
                new Span(Category.CASE_NUMBER, 0, 4));
    }

    private static ReportedFinding finding(String id, Category category, Rule rule) {
        return new ReportedFinding(id, new Finding(category, 0, 4, 0.9, rule.id(), "test"), rule, null);
    }

    /** Any rule of the given severity: the scorer reads only its severity, the category comes from the finding. */
    private static Rule ruleAt(Policy policy, Severity severity) {
        return policy.allRules().stream().filter(r -> r.severity() == severity).findFirst()
                .orElseThrow(() -> new AssertionError("the default policy has no rule at " + severity));
    }
}
