package se.precheck.bench;

import java.lang.management.ManagementFactory;
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
 * One part of a small check, repeated for a while: a detector by name, or {@code engine} (the
 * engine's own work on replayed findings), so that a profiler sees only that part and rounds can be
 * compared before and after a change in the same minute. Prints CPU µs and bytes per check, per round.
 * Run: {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath) se.precheck.bench.FocusCost part [rounds] [size]}
 */
public final class FocusCost {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        String part = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 5_120;
        List<String> texts = SmallCheckCost.windows(SmallCheckCost.tuningText(), size, 200);
        Policy policy = PolicyLoader.loadDefault();
        List<NormalizedText> normalized = texts.stream().map(Normalizer::normalize).toList();
        List<List<Detector>> replays = new ArrayList<>();
        for (NormalizedText n : normalized) {
            List<Detector> replay = new ArrayList<>();
            for (Detector d : se.precheck.detect.Detectors.ALL) {
                List<Finding> found = d.detect(n, policy);
                replay.add((t, p) -> found);
            }
            replays.add(replay);
        }
        Detector only = se.precheck.detect.Detectors.ALL.stream()
                .filter(d -> d.getClass().getSimpleName().equals(part)).findFirst().orElse(null);
        double best = Double.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long a0 = THREADS.getCurrentThreadAllocatedBytes();
            int sink = 0;
            for (int k = 0; k < texts.size(); k++) {
                if (only != null) {
                    sink += only.detect(normalized.get(k), policy).size();
                } else if (part.equals("engine")) {
                    sink += Analyzer.analyze(texts.get(k), policy, replays.get(k)).findings().size();
                } else {
                    sink += Analyzer.analyze(texts.get(k), policy).findings().size();
                }
            }
            double micros = (THREADS.getCurrentThreadCpuTime() - c0) / 1e3 / texts.size();
            long bytes = (THREADS.getCurrentThreadAllocatedBytes() - a0) / texts.size();
            best = Math.min(best, micros);
            System.out.printf("round %2d: %8.1f µs %10d bytes per check (%d findings)%n", round, micros, bytes, sink);
        }
        System.out.printf("%s best: %.1f µs%n", part, best);
    }
}
