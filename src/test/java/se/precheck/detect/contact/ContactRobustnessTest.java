package se.precheck.detect.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.detect.Detector;
import se.precheck.detect.NormalizedText;
import se.precheck.detect.Normalizer;

/** Every detector of the family finishes on 1 MB of the characters its patterns trigger on. */
class ContactRobustnessTest {

    private static final int MB = 1 << 20;

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("digits", "7".repeat(MB)),
                Arguments.of("dashes", "-".repeat(MB)),
                Arguments.of("at signs", "@".repeat(MB)),
                Arguments.of("spaces and digits", "1 ".repeat(MB / 2)),
                // The family's other trigger characters, mixed: dots, colons, slashes, plates, birth words, streets, c/o.
                Arguments.of("mixed triggers", fill("1.2.3.4 a:b:: 2024/25 a.a@b ABC 123 född 1/2 Storgatan 1, c/o X, +46 0 ")));
    }

    private static String fill(String unit) {
        return unit.repeat(MB / unit.length());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void finishesOnPathologicalInput(String name, String text) {
        NormalizedText normalized = Normalizer.normalize(text);
        for (Detector detector : ContactDetectors.ALL) {
            assertThat(detector.detect(normalized, Run.POLICY)).as(detector.getClass().getSimpleName()).isNotNull();
        }
    }
}
