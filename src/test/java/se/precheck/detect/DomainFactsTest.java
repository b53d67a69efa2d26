package se.precheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;
import se.precheck.policy.Severity;

/**
 * The facts the engine is built from, checked through the whole engine: one short probe per
 * signal word, trap, decision phrase, copy trace and identifier form of the domain reference
 * (src/test/resources/domain-facts.tsv), each saying whether its category must be found above
 * info level or must not.
 */
class DomainFactsTest {

    private static final Policy POLICY = PolicyLoader.loadDefault();

    static Stream<Arguments> probes() throws IOException {
        try (InputStream in = DomainFactsTest.class.getResourceAsStream("/domain-facts.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith("+") || line.startsWith("-"))
                    .map(line -> {
                        String[] parts = line.split("\t", 2);
                        return Arguments.of(parts[0].charAt(0) == '+', Category.valueOf(parts[0].substring(1)),
                                parts[1].replace("\\n", "\n"));
                    })
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("probes")
    void theEngineFollowsTheFacts(boolean mustFind, Category category, String text) {
        boolean found = Analyzer.analyze(text, POLICY).findings().stream()
                .anyMatch(f -> f.finding().category() == category && f.rule().severity() != Severity.INFO);
        assertThat(found).as(text).isEqualTo(mustFind);
    }
}
