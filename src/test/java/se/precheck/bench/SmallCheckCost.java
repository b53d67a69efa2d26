package se.precheck.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
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
 * The cost of one small check, the common case under load: CPU microseconds and bytes allocated
 * per {@link Analyzer#analyze} of a text of {@code size} characters, for the whole engine, the
 * normaliser, the engine without detectors, and each detector alone. The texts are windows of the
 * tuning corpus (markup removed) at different offsets, so that each check sees different text.
 * Allocation is deterministic, unlike time on a shared machine: compare it first.
 * Run: {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath) se.precheck.bench.SmallCheckCost [size] [checks] [rounds]}
 */
public final class SmallCheckCost {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 5_120;
        int checks = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> texts = windows(tuningText(), size, checks);
        Policy policy = PolicyLoader.loadDefault();
        List<Detector> detectors = se.precheck.detect.Detectors.ALL;
        int parts = detectors.size() + 3; // whole engine, normaliser, engine without detectors, detectors
        double[] bestCpu = new double[parts];
        long[] bytes = new long[parts];
        java.util.Arrays.fill(bestCpu, Double.MAX_VALUE);
        for (int round = 0; round < rounds; round++) {
            long[] cpu = new long[parts];
            long[] alloc = new long[parts];
            for (String text : texts) {
                long c0 = cpu();
                long a0 = allocated();
                Analyzer.analyze(text, policy);
                cpu[0] += cpu() - c0;
                alloc[0] += allocated() - a0;

                c0 = cpu();
                a0 = allocated();
                NormalizedText normalized = Normalizer.normalize(text);
                cpu[1] += cpu() - c0;
                alloc[1] += allocated() - a0;

                List<Detector> replay = new ArrayList<>();
                for (int k = 0; k < detectors.size(); k++) {
                    // A fresh text per detector: what one detector keeps with the text
                    // (NormalizedText#derived) must not make the next one look free.
                    NormalizedText own = k == 0 ? normalized : Normalizer.normalize(text);
                    c0 = cpu();
                    a0 = allocated();
                    List<Finding> found = detectors.get(k).detect(own, policy);
                    cpu[3 + k] += cpu() - c0;
                    alloc[3 + k] += allocated() - a0;
                    replay.add((t, p) -> found);
                }
                c0 = cpu();
                a0 = allocated();
                Analyzer.analyze(text, policy, replay);
                cpu[2] += cpu() - c0;
                alloc[2] += allocated() - a0;
            }
            for (int k = 0; k < parts; k++) {
                bestCpu[k] = Math.min(bestCpu[k], cpu[k] / 1e3 / texts.size());
                bytes[k] = alloc[k] / texts.size(); // the same every round once warm
            }
        }
        System.out.printf("%d checks of %d characters, best of %d rounds, per check:%n", texts.size(), size, rounds);
        print("Whole engine", bestCpu[0], bytes[0]);
        print("Normalizer", bestCpu[1], bytes[1]);
        print("Engine without detectors (incl. Normalizer)", bestCpu[2], bytes[2]);
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < detectors.size(); k++) {
            order.add(k);
        }
        order.sort((a, b) -> Long.compare(bytes[3 + b], bytes[3 + a]));
        for (int k : order) {
            print(detectors.get(k).getClass().getSimpleName(), bestCpu[3 + k], bytes[3 + k]);
        }
    }

    private static void print(String name, double micros, long bytes) {
        System.out.printf("%-46s %8.1f µs %10d bytes%n", name, micros, bytes);
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static long allocated() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    /** The tuning corpus only (never the held-out texts), without annotation markup. */
    static String tuningText() {
        return EngineBenchmark.unmarked(Path.of("src/test/resources/corpus/tune"));
    }

    /** {@code count} windows of {@code size} characters, evenly spread over the text. */
    static List<String> windows(String all, int size, int count) {
        List<String> out = new ArrayList<>(count);
        int step = Math.max(1, (all.length() - size) / count);
        for (int k = 0; k < count; k++) {
            int from = (k * step) % Math.max(1, all.length() - size);
            out.add(all.substring(from, Math.min(all.length(), from + size)));
        }
        return out;
    }
}
