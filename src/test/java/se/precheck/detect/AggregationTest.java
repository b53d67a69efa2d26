package se.precheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.policy.PolicyLoader;

class AggregationTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("age, class, village and family about one boy", true,
                        "Pojken är 11 år och går i klass 5B. Han bor i Vikmanshyttan med sin mamma och tre syskon."),
                Arguments.of("age, workplace, event about one woman", true,
                        "En kvinna, 54 år, som arbetar som undersköterska på boendet, omkom i en trafikolycka den 3 mars."),
                Arguments.of("policy text about a population: no person", false,
                        "Barn i åldern 6–12 år i årskurs 1–6 i Hedemora erbjuds fritidshem. Föräldrar ansöker i e-tjänsten."),
                Arguments.of("two kinds only", false,
                        "Eleven är 12 år och går i klass 6A."),
                Arguments.of("details far apart are not combined", false,
                        "Han är 40 år. " + "Ingenting om honom här. ".repeat(30) + "Han bor i Garpenberg. " + "Mer text. ".repeat(40) + "Den 3 mars."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void quasi_identifiers_about_one_person_give_a_signal(String name, boolean expected, String text) {
        Analysis analysis = Analyzer.analyze(text, PolicyLoader.loadDefault());
        assertThat(analysis.signals().stream().anyMatch(s -> s.kind().equals("AGGREGATION"))).isEqualTo(expected);
        if (expected) {
            assertThat(analysis.verdict()).isNotEqualTo(Verdict.OK);
            assertThat(analysis.signals().get(0).explanation().sv()).contains("samma person");
        }
    }
}
