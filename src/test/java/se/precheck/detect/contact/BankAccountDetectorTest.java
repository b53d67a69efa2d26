package se.precheck.detect.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** IBANs are the published examples of their banks' associations; giro numbers are made up with a valid Luhn digit. */
class BankAccountDetectorTest {

    private static final BankAccountDetector DETECTOR = new BankAccountDetector();

    static Stream<Arguments> rows() {
        return Stream.of(
                // must fire
                Arguments.of("Pengarna sätts in på 8327-9, 123 456 789-0.", List.of("8327-9, 123 456 789-0"), "Swedbank with 5-digit clearing"),
                Arguments.of("Kontonummer 6789-123 456 789", List.of("6789-123 456 789"), "Handelsbanken with context"),
                Arguments.of("konto: 5000 1234567", List.of("5000 1234567"), "clearing and account with a space"),
                Arguments.of("IBAN SE45 5000 0000 0583 9825 7466", List.of("SE45 5000 0000 0583 9825 7466"), "Swedish IBAN in groups"),
                Arguments.of("till SE4550000000058398257466.", List.of("SE4550000000058398257466"), "Swedish IBAN without spaces"),
                Arguments.of("DE89 3704 0044 0532 0130 00 tack", List.of("DE89 3704 0044 0532 0130 00"), "German IBAN"),
                Arguments.of("GB29 NWBK 6016 1331 9268 19", List.of("GB29 NWBK 6016 1331 9268 19"), "British IBAN with letters"),
                Arguments.of("Betala till bankgiro 5050-1055", List.of("5050-1055"), "bankgiro with context"),
                Arguments.of("BG 123-4566", List.of("123-4566"), "7-digit bankgiro"),
                Arguments.of("plusgiro 12 34 56-6", List.of("12 34 56-6"), "plusgiro in pairs"),
                Arguments.of("Pg: 123456-6", List.of("123456-6"), "plusgiro unspaced"),
                Arguments.of("Clearingnummer 8327-9\nKontonummer 123 456 789-0", List.of("123 456 789-0"), "account on its own line"),
                Arguments.of("Lönekonto: 1234 567 890", List.of("1234 567 890"), "compound label"),
                // must not fire
                Arguments.of("SE45 5000 0000 0583 9825 7467", List.of(), "IBAN with a wrong check"),
                Arguments.of("Ring 5050-1055 i morgon", List.of(), "bankgiro shape without context"),
                Arguments.of("bankgiro 5050-1056", List.of(), "bankgiro failing Luhn"),
                Arguments.of("org.nr 556036-0793, konto", List.of(), "organisation number"),
                Arguments.of("kontot stängdes 2024-01-02 1030", List.of(), "date and time"),
                Arguments.of("6789-123 456 789", List.of(), "clearing-shaped without context"),
                Arguments.of("konto 2023/2024", List.of(), "school year"),
                Arguments.of("vecka 12-3 på kontoret", List.of(), "short range"),
                Arguments.of("kontot 2024-01-02", List.of(), "date after the word konto"),
                Arguments.of("konto 1234", List.of(), "too short for an account"),
                Arguments.of("kontoret 12345678", List.of(), "a word that starts like konto"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("rows")
    void findsBankAccounts(String text, List<String> expected, String reason) {
        assertThat(Run.spans(DETECTOR, text)).as(reason).isEqualTo(expected);
    }

    @Test
    void findsNordeaPersonkonto() {
        String pnr = TestPersonnummer.tenDigits(TestPersonnummer.first("1985"));
        assertThat(Run.spans(DETECTOR, "Nordea 3300 " + pnr)).containsExactly("3300 " + pnr);
        assertThat(Run.spans(DETECTOR, "Lön till 3300-" + pnr + ".")).containsExactly("3300-" + pnr);
        String wrong = pnr.substring(0, pnr.length() - 1) + (char) ('0' + (pnr.charAt(pnr.length() - 1) - '0' + 1) % 10);
        assertThat(Run.spans(DETECTOR, "3300 " + wrong)).as("failing check digit, no context").isEmpty();
    }
}
