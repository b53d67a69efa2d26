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
                Arguments.of("dots and digits", "1.".repeat(MB / 2)),
                Arguments.of("colons and hex", "a:".repeat(MB / 2)),
                Arguments.of("capitals and digits", "ABC 123 ".repeat(MB / 8)),
                Arguments.of("local parts and at signs", "a.a@".repeat(MB / 4)),
                Arguments.of("birth words", "född ".repeat(MB / 5)),
                Arguments.of("streets", "Storgatan 1 ".repeat(MB / 12)));
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
