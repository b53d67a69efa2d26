package se.precheck.detect.contact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.Normalizer;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

/** Runs one detector on a text the way the analyzer does, and names the spans it found. */
final class Run {

    static final Policy POLICY = PolicyLoader.loadDefault();

    private Run() {
    }

    /**
     * The findings at or above the policy's minimum confidence, overlaps resolved as the analyzer
     * does within one family (surer, then longer, then earlier wins), in reading order.
     */
    static List<Finding> findings(Detector detector, String text) {
        List<Finding> ranked = detector.detect(Normalizer.normalize(text), POLICY).stream()
                .filter(f -> f.confidence() >= POLICY.minConfidence())
                .sorted(Comparator.comparingDouble(Finding::confidence).reversed()
                        .thenComparing(Comparator.comparingInt(Finding::length).reversed())
                        .thenComparingInt(Finding::start))
                .toList();
        List<Finding> kept = new ArrayList<>();
        for (Finding f : ranked) {
            if (kept.stream().noneMatch(k -> k.overlaps(f))) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        return kept;
    }

    /** The found texts (normalised text equals the original in these tables). */
    static List<String> spans(Detector detector, String text) {
        String normalized = Normalizer.normalize(text).text();
        return findings(detector, text).stream().map(f -> normalized.substring(f.start(), f.end())).toList();
    }
}
