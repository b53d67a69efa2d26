package se.precheck.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.datafaker.Faker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.detect.Analysis;
import se.precheck.detect.Analyzer;
import se.precheck.detect.ReportedFinding;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;
import se.precheck.policy.Severity;

/**
 * Properties over many generated Swedish texts (datafaker's Swedish names and streets,
 * Skatteverket's test personnummer, PTS's fiction phone numbers): redaction leaves nothing
 * redactable, never leaves a redacted value behind, and restore undoes it.
 */
class RedactionPropertiesTest {

    private static final Policy POLICY = PolicyLoader.loadDefault();
    private static List<String> testNumbers;

    @BeforeAll
    static void readTestNumbers() throws IOException {
        Path file = Path.of(System.getProperty("shared.dir", "../shared"), "data/testpersonnummer/derived/testpersonnummer-all-12digit.csv");
        testNumbers = Files.readAllLines(file).stream().map(String::strip).filter(l -> l.matches("\\d{12}")).toList();
    }

    static Stream<Integer> seeds() {
        return IntStream.range(0, 150).boxed();
    }

    static String generate(int seed) {
        Random random = new Random(seed);
        Faker faker = new Faker(new Locale("sv"), random);
        String first = faker.name().firstName();
        String last = faker.name().lastName();
        String pnr = testNumbers.get(random.nextInt(testNumbers.size()));
        String pnrWritten = random.nextBoolean() ? pnr.substring(2, 8) + "-" + pnr.substring(8) : pnr.substring(0, 8) + "-" + pnr.substring(8);
        String phone = "070-174 06 " + (5 + random.nextInt(95));
        String email = first.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "." + last.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "@example.com";
        String street = faker.address().streetName() + " " + (1 + random.nextInt(60));
        List<String> sentences = List.of(
                "Eleven " + first + " " + last + " har personnummer " + pnrWritten + ".",
                "Mamma nås på " + phone + " eller " + email + ".",
                "Familjen bor på " + street + ", 776 30 Hedemora.",
                "Kan du hjälpa mig att skriva ett brev till " + first + "s föräldrar?",
                "Mötet hålls i aulan på tisdag.");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            text.append(sentences.get((seed + i) % sentences.size())).append(random.nextInt(4) == 0 ? "\n" : " ");
        }
        return text.toString().strip();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void redaction_leaves_nothing_redactable_and_restore_undoes_it(int seed) {
        String text = generate(seed);
        Analysis before = Analyzer.analyze(text, POLICY);
        Map<String, String> choices = new HashMap<>();
        before.findings().forEach(f -> choices.put(f.id(), "pseudonym"));

        Redaction redaction = Redactor.redact(text, before.findings(), choices, List.of());
        Analysis after = Analyzer.analyze(redaction.text(), POLICY);

        assertThat(after.findings())
                .as("re-check of: %s", redaction.text())
                .noneMatch(f -> f.rule().redactable() && f.rule().severity().atLeast(Severity.LOW));
        for (ReportedFinding f : before.findings()) {
            if (f.rule().redactable()) {
                String value = text.substring(f.finding().start(), f.finding().end());
                assertThat(redaction.text()).as("redacted text keeps %s", f.finding().category()).doesNotContain(value);
            }
        }
        assertThat(Redactor.restore(redaction.text(), redaction.mapping())).isEqualTo(text);
    }
}
