package se.precheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.precheck.policy.Category;
import se.precheck.policy.PolicyLoader;

/**
 * The quality gate: the engine on the held-out corpus against the targets in
 * {@code quality-targets.yaml}. Groups not yet enforced show as skipped with their figure.
 */
class HeldOutQualityTest {

    private static final Path HELDOUT = Path.of("src/test/resources/corpus/heldout");
    private static final Path TARGETS = Path.of("src/test/resources/quality-targets.yaml");

    private static QualityTargets targets;
    private static Scores scores;

    @BeforeAll
    static void evaluate() throws IOException {
        targets = QualityTargets.load(TARGETS);
        List<Scores> splits = EvaluationReport.evaluate(CorpusReader.read(HELDOUT), PolicyLoader.loadDefault()).splits();
        assertThat(splits).as("held-out corpus").isNotEmpty();
        scores = splits.get(0);
    }

    @TestFactory
    List<DynamicTest> categoriesReachTheirGroupsTargets() {
        List<DynamicTest> tests = new ArrayList<>();
        for (QualityTargets.Group group : targets.groups()) {
            for (Category category : group.categories()) {
                CategoryScore score = scores.category(category).orElse(new CategoryScore(category, 0, 0, 0));
                if (group.minRecall() != null) {
                    tests.add(dynamicTest(category + " recall ≥ " + group.minRecall(), () ->
                            check(group.enforced(), category + " recall", score.recall(), group.minRecall())));
                }
                if (group.minPrecision() != null) {
                    tests.add(dynamicTest(category + " precision ≥ " + group.minPrecision(), () ->
                            check(group.enforced(), category + " precision", score.precision(), group.minPrecision())));
                }
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> verdictsReachTheirTargets() {
        List<DynamicTest> tests = new ArrayList<>(verdictTests("target", targets.verdicts()));
        if (targets.verdictFloors() != null) {
            tests.addAll(verdictTests("floor", targets.verdictFloors()));
        }
        return tests;
    }

    private static List<DynamicTest> verdictTests(String kind, QualityTargets.VerdictTargets v) {
        VerdictConfusion confusion = scores.verdicts();
        return List.of(
                dynamicTest(kind + ": verdict accuracy ≥ " + v.minAccuracy(), () ->
                        check(v.enforced(), "verdict accuracy", confusion.accuracy(), v.minAccuracy())),
                dynamicTest(kind + ": stop on clean texts ≤ " + v.maxStopOnOk(), () -> {
                    assumeTrue(v.enforced(), "not enforced yet; stop on ok = " + confusion.stopOnOk());
                    assertThat(confusion.stopOnOk()).as("stop verdicts on texts whose gold verdict is ok")
                            .isLessThanOrEqualTo(v.maxStopOnOk());
                }));
    }

    /** NaN means the split holds nothing to measure (no gold spans, or no predictions for precision). */
    private static void check(boolean enforced, String what, double value, double min) {
        assumeTrue(!Double.isNaN(value), what + ": nothing to measure in the held-out split");
        assumeTrue(enforced, "not enforced yet; " + what + " = " + String.format(java.util.Locale.ROOT, "%.3f", value));
        assertThat(value).as(what).isGreaterThanOrEqualTo(min);
    }
}
