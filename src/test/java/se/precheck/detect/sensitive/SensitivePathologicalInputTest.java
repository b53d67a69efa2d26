package se.precheck.detect.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.detect.Normalizer;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

/** One megabyte of hostile input: every detector of the family must return (no timing asserted). */
class SensitivePathologicalInputTest {

    private static final Policy POLICY = PolicyLoader.loadDefault();
    private static final int MB = 1 << 20;

    /** The unit each input repeats: one word with spaces, letters without spaces, trigger characters. */
    static Stream<String> units() {
        return Stream.of("ADHD ", "diagnosen ", "hon har diabetes ", "Eleven Noah har ADHD. ", "a", "missbruk",
                "Noah", "alkoholmissbruk", "1", "-", " ", "@", "\n", ". ", "F90.0", "19121212-1212 ");
    }

    private static String repeat(String unit) {
        return unit.repeat(MB / unit.length() + 1).substring(0, MB);
    }

    @ParameterizedTest(name = "[{index}] 1 MB of \"{0}\"")
    @MethodSource("units")
    void returns_on_a_megabyte(String unit) {
        NormalizedText text = Normalizer.normalize(repeat(unit));
        for (Detector d : SensitiveDetectors.ALL) {
            List<Finding> findings = d.detect(text, POLICY);
            assertThat(findings).isNotNull();
        }
    }
}
