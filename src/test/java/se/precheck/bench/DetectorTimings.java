package se.precheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import se.precheck.detect.Analyzer;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.detect.Normalizer;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

/**
 * Where the engine's time goes: each detector alone over the same text (the mixed corpus, or the
 * news prose: see {@link EngineBenchmark#text(String, int)}), then the
 * normaliser, then the engine's own work (placeholders, overlaps, report, aggregation signal) on
 * the findings the detectors gave, replayed without running them again. Prints the least CPU time
 * of this thread over the rounds after the first (CPU time, so that other load on a shared machine
 * disturbs it less than wall-clock time). A rough profile for finding the slow part, not a
 * benchmark (use EngineBenchmark for figures).
 * The whole engine's wall-clock time (detectors on several threads above 64K characters) is printed too.
 * On a text of 64K characters or more the engine's own work is measured on the calling thread
 * only: the aggregation scan may then be done on another core, beside the detectors.
 * Run: {@code java [-Dshared.dir=../shared] -cp target/test-classes:target/classes:$(cat target/bench.classpath) se.precheck.bench.DetectorTimings [size] [rounds] [name filter] [municipal|news]}
 */
public final class DetectorTimings {

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 102_400;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String only = args.length > 2 ? args[2] : "";
        String input = args.length > 3 ? args[3] : "municipal";
        String text = EngineBenchmark.text(input, size);
        System.out.printf("%s text, %d characters%n", input, text.length());
        Policy policy = PolicyLoader.loadDefault();
        List<Detector> all = se.precheck.detect.Detectors.ALL.stream()
                .filter(d -> d.getClass().getSimpleName().contains(only)).toList();
        double[] best = new double[all.size() + 2];
        double bestWall = Double.MAX_VALUE;
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        int[] counts = new int[all.size() + 1];
        for (int round = 0; round < Math.max(2, rounds); round++) {
            List<Detector> replay = new ArrayList<>();
            for (int k = 0; k < all.size(); k++) {
                // A fresh text per detector: what one detector keeps with the text (NormalizedText#derived)
                // must not make the next one look free.
                NormalizedText own = Normalizer.normalize(text);
                long t0 = CPU.getCurrentThreadCpuTime();
                List<Finding> found = all.get(k).detect(own, policy);
                keep(best, round, k, t0);
                counts[k] = found.size();
                replay.add((t, p) -> found);
            }
            long t0 = CPU.getCurrentThreadCpuTime();
            Normalizer.normalize(text);
            keep(best, round, all.size(), t0);
            t0 = CPU.getCurrentThreadCpuTime();
            counts[all.size()] = Analyzer.analyze(text, policy, replay).findings().size();
            keep(best, round, all.size() + 1, t0);
            if (only.isEmpty()) {
                long w0 = System.nanoTime();
                Analyzer.analyze(text, policy);
                bestWall = round > 0 ? Math.min(bestWall, (System.nanoTime() - w0) / 1e6) : bestWall;
            }
        }
        for (int k = 0; k < all.size(); k++) {
            System.out.printf("%-46s %8.1f ms %5d findings%n", all.get(k).getClass().getSimpleName(), best[k], counts[k]);
        }
        if (only.isEmpty()) {
            System.out.printf("%-46s %8.1f ms%n", "Whole engine, wall clock", bestWall);
        }
        System.out.printf("%-46s %8.1f ms%n", "Normalizer", best[all.size()]);
        System.out.printf("%-46s %8.1f ms %5d findings%n", "Analyzer without detectors (incl. Normalizer)", best[all.size() + 1], counts[all.size()]);
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private static void keep(double[] best, int round, int k, long t0) {
        double ms = (CPU.getCurrentThreadCpuTime() - t0) / 1e6;
        if (round > 0) {
            best[k] = Math.min(best[k], ms);
        }
    }
}
