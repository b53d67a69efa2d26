package se.precheck.detect.sensitive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.detect.Normalizer;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;
import se.precheck.policy.Rule;

/** The mustFire / mustNotFire examples written next to each rule in sensitive.yaml hold. */
class SensitiveRuleExamplesTest {

    private static final Policy POLICY = PolicyLoader.loadDefault();

    private static List<Rule> rules() {
        return POLICY.allRules().stream().filter(r -> r.id().startsWith("R5-") && isOurs(r)).toList();
    }

    private static boolean isOurs(Rule r) {
        return SensitiveDetectors.ALL.stream().anyMatch(d -> ((SensitiveTermDetector) d).categories().contains(r.category()));
    }

    static Stream<Arguments> mustFire() {
        return rules().stream().flatMap(r -> r.mustFire().stream().map(t -> arguments(r.id(), t)));
    }

    static Stream<Arguments> mustNotFire() {
        return rules().stream().flatMap(r -> r.mustNotFire().stream().map(t -> arguments(r.id(), t)));
    }

    @Test
    void every_rule_of_the_family_has_examples_both_ways() {
        assertThat(rules()).hasSize(18).allSatisfy(r -> {
            assertThat(r.mustFire()).as(r.id()).isNotEmpty();
            assertThat(r.mustNotFire()).as(r.id()).isNotEmpty();
        });
    }

    @ParameterizedTest(name = "[{index}] {0} fires on: {1}")
    @MethodSource("mustFire")
    void fires(String ruleId, String text) {
        assertThat(ruleIds(text)).contains(ruleId);
    }

    @ParameterizedTest(name = "[{index}] {0} does not fire on: {1}")
    @MethodSource("mustNotFire")
    void does_not_fire(String ruleId, String text) {
        assertThat(ruleIds(text)).doesNotContain(ruleId);
    }

    private static List<String> ruleIds(String text) {
        NormalizedText normalized = Normalizer.normalize(text);
        return SensitiveDetectors.ALL.stream()
                .map((Detector d) -> d.detect(normalized, POLICY))
                .flatMap(List::stream)
                .map(Finding::ruleId)
                .toList();
    }
}
