package se.precheck.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

/**
 * Inputs built to make pattern matchers backtrack. The whole engine must come back with a sane
 * answer; the generous timeout only catches a hang (speed is measured in benchmarks, not here).
 */
class PathologicalInputTest {

    private static final int MB = 1 << 20;
    private static final Policy POLICY = PolicyLoader.loadDefault();

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("1 MB of digits", "7".repeat(MB)),
                Arguments.of("1 MB of dashes", "-".repeat(MB)),
                Arguments.of("1 MB of @", "@".repeat(MB)),
                Arguments.of("1 MB of dots and letters", "a.".repeat(MB / 2)),
                Arguments.of("digits and spaces", "12 ".repeat(MB / 3)),
                Arguments.of("digits and dashes", "12-".repeat(MB / 3)),
                Arguments.of("one long word", "x".repeat(MB)),
                Arguments.of("colons and newlines", ":\n".repeat(MB / 2)),
                Arguments.of("section signs", "§ kap. ".repeat(MB / 7)),
                Arguments.of("nested brackets", "[(".repeat(MB / 4) + ")]".repeat(MB / 4)),
                Arguments.of("zero-width characters", "\u200B".repeat(MB)),
                Arguments.of("capitalised words", "Anna ".repeat(MB / 5)),
                Arguments.of("equals signs", "key=".repeat(MB / 4)),
                Arguments.of("lone surrogates", "\uD800".repeat(MB)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void the_engine_finishes_and_reports_spans_inside_the_text(String name, String text) {
        Analysis analysis = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Analyzer.analyze(text, POLICY));
        assertThat(analysis.findings()).allSatisfy(f -> {
            assertThat(f.finding().start()).isBetween(0, text.length());
            assertThat(f.finding().end()).isBetween(f.finding().start(), text.length());
        });
    }
}
