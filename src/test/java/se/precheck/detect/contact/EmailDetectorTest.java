package se.precheck.detect.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmailDetectorTest {

    private static final EmailDetector DETECTOR = new EmailDetector();

    static Stream<Arguments> rows() {
        return Stream.of(
                // must fire
                Arguments.of("Skriv till anna.berg@example.com i dag", List.of("anna.berg@example.com"), "plain address"),
                Arguments.of("åsa.öberg@example.com", List.of("åsa.öberg@example.com"), "Swedish letters in the local part"),
                Arguments.of("kontakt: per@skola.exempel.example.com", List.of("per@skola.exempel.example.com"), "subdomains"),
                Arguments.of("Mejla anna@example.com.", List.of("anna@example.com"), "sentence-ending dot"),
                Arguments.of("(anna@example.com), eller", List.of("anna@example.com"), "parentheses and comma"),
                Arguments.of("mailto:anna@example.com", List.of("anna@example.com"), "mailto"),
                Arguments.of("<anna+skola@example.com>", List.of("anna+skola@example.com"), "angle brackets and plus"),
                Arguments.of("ANNA.BERG@EXAMPLE.COM", List.of("ANNA.BERG@EXAMPLE.COM"), "capitals"),
                Arguments.of("o'brien@example.com", List.of("o'brien@example.com"), "apostrophe"),
                Arguments.of("anna@exempel-skolan.example.se!", List.of("anna@exempel-skolan.example.se"), "hyphen in domain"),
                Arguments.of("'anna@example.com'", List.of("anna@example.com"), "single quotes"),
                // must not fire
                Arguments.of("Följ oss på @hedemorakommun", List.of(), "social media handle"),
                Arguments.of("Skriv till namn@ så svarar vi", List.of(), "no domain"),
                Arguments.of("user@localhost", List.of(), "no top-level domain"),
                Arguments.of("anna@example.123", List.of(), "numeric top-level domain"),
                Arguments.of("kl 10 @ rum 3", List.of(), "at sign as a word"),
                Arguments.of("anna.@example.com", List.of(), "local part ends with a dot"),
                Arguments.of("anna@-example.com", List.of(), "domain starts with a hyphen"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("rows")
    void findsEmailAddresses(String text, List<String> expected, String reason) {
        assertThat(Run.spans(DETECTOR, text)).as(reason).isEqualTo(expected);
    }
}
