package se.precheck.bench;

import java.util.List;
import java.util.stream.Stream;
import se.precheck.detect.Detector;
import se.precheck.detect.NormalizedText;
import se.precheck.detect.Normalizer;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

/**
 * Where the engine's time goes: each detector alone over the same mixed corpus text. A rough
 * wall-clock profile for finding the slow detector, not a benchmark (use EngineBenchmark for figures).
 * Run: {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath) se.precheck.bench.DetectorTimings}
 */
public final class DetectorTimings {

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 102_400;
        String text = EngineBenchmark.corpusText(size);
        Policy policy = PolicyLoader.loadDefault();
        NormalizedText normalized = Normalizer.normalize(text);
        List<Detector> all = Stream.of(
                se.precheck.detect.identity.IdentityDetectors.ALL,
                se.precheck.detect.contact.ContactDetectors.ALL,
                se.precheck.detect.marking.MarkingDetectors.ALL,
                se.precheck.detect.sensitive.SensitiveDetectors.ALL,
                se.precheck.detect.userules.UseRuleDetectors.ALL,
                se.precheck.detect.names.NameDetectors.ALL).flatMap(List::stream).toList();
        for (int round = 0; round < 3; round++) {
            for (Detector d : all) {
                long t0 = System.nanoTime();
                int found = d.detect(normalized, policy).size();
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (round == 2) {
                    System.out.printf("%-40s %6d ms %5d findings%n", d.getClass().getSimpleName(), ms, found);
                }
            }
        }
    }
}
