package se.precheck.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import se.precheck.detect.Analyzer;
import se.precheck.detect.Detector;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

/**
 * Where the wall-clock time of one large check goes on several cores: which thread ran each
 * detector and when (milliseconds from the start of {@code Analyzer.analyze}), and, averaged over
 * the second half of the rounds, the time before the first detector starts (normalisation), until
 * the last one ends, and after it (overlaps, report, aggregation signal), with the GC time. Run:
 * {@code java [-Dshared.dir=../shared] -cp target/test-classes:target/classes:$(cat target/bench.classpath) se.precheck.bench.ParallelProfile [size] [rounds] [municipal|news]}
 */
public final class ParallelProfile {
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1048576;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String input = args.length > 2 ? args[2] : "municipal";
        String text = EngineBenchmark.text(input, size);
        Policy policy = PolicyLoader.loadDefault();
        List<Detector> all = se.precheck.detect.Detectors.ALL;
        long[][] spans = new long[all.size()][3];
        List<Detector> wrapped = new ArrayList<>();
        long[] origin = new long[1];
        for (int k = 0; k < all.size(); k++) {
            int kk = k;
            Detector d = all.get(k);
            wrapped.add((t, p) -> {
                long a = System.nanoTime();
                var r = d.detect(t, p);
                spans[kk][0] = a - origin[0];
                spans[kk][1] = System.nanoTime() - origin[0];
                spans[kk][2] = Thread.currentThread().getId();
                return r;
            });
        }
        double sumWall = 0, sumGc = 0, sumFirst = 0, sumLast = 0, sumTail = 0;
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            long gc0 = gcMillis();
            origin[0] = System.nanoTime();
            Analyzer.analyze(text, policy, wrapped);
            long wall = System.nanoTime() - origin[0];
            long gc = gcMillis() - gc0;
            long first = Long.MAX_VALUE, last = 0;
            for (long[] s : spans) { first = Math.min(first, s[0]); last = Math.max(last, s[1]); }
            if (r >= rounds / 2) {
                n++; sumWall += wall / 1e6; sumGc += gc; sumFirst += first / 1e6; sumLast += last / 1e6; sumTail += (wall - last) / 1e6;
            }
            if (r == rounds - 1) {
                for (int k = 0; k < all.size(); k++) {
                    System.out.printf("%-32s t%-3d %7.1f -> %7.1f (%6.1f)%n", all.get(k).getClass().getSimpleName(), spans[k][2],
                            spans[k][0] / 1e6, spans[k][1] / 1e6, (spans[k][1] - spans[k][0]) / 1e6);
                }
            }
        }
        System.out.printf("avg over %d: wall %.1f ms, before detectors %.1f, detection ends %.1f, after %.1f, gc %.1f ms%n",
                n, sumWall / n, sumFirst / n, sumLast / n, sumTail / n, sumGc / n);
    }

    private static long gcMillis() {
        long t = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) t += b.getCollectionTime();
        return t;
    }
}
