package se.precheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;
import se.precheck.policy.Rule;

/**
 * The analyzer's overlap resolution against the plainest statement of the rule: take the findings
 * by priority (more severe, surer, longer, earlier, rule id; equal ones in detector order) and keep
 * each that overlaps none kept before it; report the kept ones in reading order. Random findings,
 * dense and overlapping in chains, with equal ranks and exact duplicates, from several detectors.
 */
class OverlapResolutionTest {

    private static final Policy POLICY = PolicyLoader.loadDefault();
    private static final String TEXT = "Hon bor i byn och går till skolan varje dag. ".repeat(40);

    private record Found(Finding finding, Rule rule) {
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void random_overlapping_findings_are_resolved_as_the_plain_greedy_rule_says(long seed) {
        Random random = new Random(seed);
        List<Rule> rules = POLICY.allRules().stream()
                .sorted(Comparator.comparing(Rule::id)).limit(6 + random.nextInt(20)).toList();
        int detectorCount = 1 + random.nextInt(5);
        List<List<Finding>> perDetector = new ArrayList<>();
        int span = 20 + random.nextInt(TEXT.length() - 20);
        for (int d = 0; d < detectorCount; d++) {
            List<Finding> found = new ArrayList<>();
            for (int k = random.nextInt(60); k > 0; k--) {
                int start = random.nextInt(span);
                int end = Math.min(TEXT.length(), start + 1 + random.nextInt(random.nextBoolean() ? 4 : 40));
                double confidence = 0.5 + random.nextInt(4) * 0.1;
                Rule rule = rules.get(random.nextInt(rules.size()));
                found.add(new Finding(rule.category(), start, end, confidence, rule.id(), "d" + d + "-" + k));
                if (random.nextInt(8) == 0) {
                    found.add(new Finding(rule.category(), start, end, confidence, rule.id(), "twin-" + d + "-" + k));
                }
            }
            perDetector.add(found);
        }
        List<Detector> detectors = perDetector.stream().<Detector>map(f -> (t, p) -> f).toList();

        List<Finding> reported = Analyzer.analyze(TEXT, POLICY, detectors).findings().stream()
                .map(ReportedFinding::finding).toList();

        assertThat(reported).containsExactlyElementsOf(plainGreedy(perDetector));
    }

    private static List<Finding> plainGreedy(List<List<Finding>> perDetector) {
        List<Found> all = new ArrayList<>();
        perDetector.forEach(list -> list.forEach(f -> all.add(new Found(f, POLICY.rule(f.ruleId()).orElseThrow()))));
        Comparator<Found> priority = Comparator.<Found, Integer>comparing(f -> -f.rule().severity().ordinal())
                .thenComparing(f -> -f.finding().confidence())
                .thenComparing(f -> -f.finding().length())
                .thenComparing(f -> f.finding().start())
                .thenComparing(f -> f.rule().id());
        all.sort(priority); // stable: equal ranks stay in detector order
        List<Finding> kept = new ArrayList<>();
        for (Found f : all) {
            if (kept.stream().noneMatch(k -> k.overlaps(f.finding()))) {
                kept.add(f.finding());
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        return kept;
    }
}
