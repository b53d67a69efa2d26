package se.precheck.detect.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Card numbers are the networks' published test numbers (no real cards). */
class PaymentCardDetectorTest {

    private static final PaymentCardDetector DETECTOR = new PaymentCardDetector();

    static Stream<Arguments> rows() {
        return Stream.of(
                // must fire
                Arguments.of("Kortet 4111 1111 1111 1111 spärrades", List.of("4111 1111 1111 1111"), "Visa in groups"),
                Arguments.of("4111-1111-1111-1111", List.of("4111-1111-1111-1111"), "Visa with dashes"),
                Arguments.of("nr 4111111111111111.", List.of("4111111111111111"), "Visa unspaced"),
                Arguments.of("MC 5555 5555 5555 4444", List.of("5555 5555 5555 4444"), "Mastercard 5x"),
                Arguments.of("2221 0000 0000 0009", List.of("2221 0000 0000 0009"), "Mastercard 2-series"),
                Arguments.of("Amex 3782 822463 10005", List.of("3782 822463 10005"), "Amex 4-6-5"),
                Arguments.of("378282246310005", List.of("378282246310005"), "Amex unspaced"),
                Arguments.of("6011 1111 1111 1117", List.of("6011 1111 1111 1117"), "Discover"),
                Arguments.of("kortnummer 8000 0000 0000 0003", List.of("8000 0000 0000 0003"), "no issuer prefix but card context"),
                Arguments.of("Kort 4111 1111 1111 1111 12/26", List.of("4111 1111 1111 1111"), "expiry date after"),
                // must not fire
                Arguments.of("4111 1111 1111 1112", List.of(), "fails Luhn"),
                Arguments.of("8000 0000 0000 0003", List.of(), "Luhn-valid without prefix or context"),
                Arguments.of("OCR 4111111111111111", List.of(), "OCR reference"),
                Arguments.of("4111 1111 1111 1111 2222", List.of(), "part of a longer number"),
                Arguments.of("41 1111 11 1111 1111", List.of(), "not grouped like a card"),
                Arguments.of("198501012382", List.of(), "12 digits, a personnummer"),
                Arguments.of("4111 111", List.of(), "too short"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("rows")
    void findsPaymentCards(String text, List<String> expected, String reason) {
        assertThat(Run.spans(DETECTOR, text)).as(reason).isEqualTo(expected);
    }
}
