package se.precheck.detect.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;

/** The mustFire and mustNotFire examples of the rules in markings.yaml, run through this family's detectors. */
class MarkingRuleExamplesTest {

    static Stream<Arguments> examples() {
        return Rows.POLICY.allRules().stream()
                .filter(r -> r.category().name().matches("SECRECY_MARKING|SECURITY_CLASSIFICATION|PROTECTED_IDENTITY|CREDENTIAL"))
                .flatMap(r -> Stream.concat(
                        r.mustFire().stream().map(t -> Arguments.of(r.id(), t, true)),
                        r.mustNotFire().stream().map(t -> Arguments.of(r.id(), t, false))));
    }

    @ParameterizedTest(name = "{0} fires={2}: {1}")
    @MethodSource("examples")
    void example(String ruleId, String text, boolean fires) {
        List<String> found = MarkingDetectors.ALL.stream()
                .flatMap((Detector d) -> Rows.run(d, text).stream())
                .filter(f -> f.confidence() >= Rows.POLICY.minConfidence())
                .map(Finding::ruleId)
                .toList();
        if (fires) {
            assertThat(found).contains(ruleId);
        } else {
            assertThat(found).doesNotContain(ruleId);
        }
    }
}
