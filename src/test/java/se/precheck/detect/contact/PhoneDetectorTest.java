package se.precheck.detect.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.detect.NormalizedText;
import se.precheck.detect.Normalizer;
import se.precheck.policy.Policy;

/** Numbers from PTS's fiction ranges: 070-174 06 05…99, 031-390 06 00…699, 08-465 004 00…499. */
class PhoneDetectorTest {

    private static final PhoneDetector DETECTOR = new PhoneDetector();

    static Stream<Arguments> rows() {
        return Stream.of(
                // must fire
                Arguments.of("Ring mig på 070-174 06 28.", List.of("070-174 06 28"), "mobile, dash and pairs"),
                Arguments.of("Mobil 070 174 06 28", List.of("070 174 06 28"), "mobile with spaces"),
                Arguments.of("nås på 0701740628 efter lunch", List.of("0701740628"), "mobile without separators"),
                Arguments.of("Fakturanr 0701740661 avser oktober.", List.of(), "an invoice number that happens to dial"),
                Arguments.of("OCR-nummer: 0701740662", List.of(), "a payment reference"),
                Arguments.of("Referens: Anna Lind, 070-174 06 63", List.of("070-174 06 63"), "a reference person's phone after a name"),
                Arguments.of("tel: +46 70 174 06 05", List.of("+46 70 174 06 05"), "international"),
                Arguments.of("+46 (0)70-174 06 05 dagtid", List.of("+46 (0)70-174 06 05"), "international with (0)"),
                Arguments.of("Telefon 0046 70 174 06 99", List.of("0046 70 174 06 99"), "00 prefix"),
                Arguments.of("Växeln hänvisar till 08-465 004 50.", List.of("08-465 004 50"), "Stockholm landline"),
                Arguments.of("Ring 031-390 06 99 eller 070-174 06 10", List.of("031-390 06 99", "070-174 06 10"), "two numbers"),
                Arguments.of("sms:a 070-1740628", List.of("070-1740628"), "mobile, one dash"),
                Arguments.of("(070-174 06 28)", List.of("070-174 06 28"), "in parentheses"),
                Arguments.of("Mobil: 070-174 06 28, 2024", List.of("070-174 06 28"), "followed by a year after a comma"),
                Arguments.of("tel (070) 174 06 28", List.of("070) 174 06 28"), "area code in parentheses"),
                Arguments.of("Ring 070 - 174 06 28", List.of("070 - 174 06 28"), "spaced dash"),
                Arguments.of("Bo 070-174 06 11/070-174 06 12", List.of("070-174 06 11", "070-174 06 12"), "two numbers joined by a slash"),
                Arguments.of("070/174 06 28", List.of("070/174 06 28"), "slash after the area code"),
                Arguments.of("Mobil: 0046701740605.", List.of("0046701740605"), "00 prefix without separators"),
                // must not fire
                Arguments.of("Ring 112 vid nödläge", List.of(), "emergency short number"),
                Arguments.of("Ring 114 14 till polisen", List.of(), "police short number"),
                Arguments.of("Sjukvårdsrådgivning 1177", List.of(), "short number"),
                Arguments.of("Swisha till 90000", List.of(), "short number"),
                Arguments.of("Kommunens växel 0225-340 00", List.of(), "municipality's switchboard"),
                Arguments.of("Mötet var 2024-01-02 kl 10", List.of(), "ISO date"),
                Arguments.of("Beslut 08-12-2024", List.of(), "date with dashes"),
                Arguments.of("Summa 070 000 kr", List.of(), "amount"),
                Arguments.of("776 30 Hedemora", List.of(), "postal code"),
                Arguments.of("år 2018", List.of(), "year"),
                Arguments.of("Dnr KS 2018/124", List.of(), "case number"),
                Arguments.of("org.nr 556036-0793", List.of(), "organisation number"),
                Arguments.of("version 0.70.1740628", List.of(), "dotted version"),
                Arguments.of("belopp 3,0701740628", List.of(), "decimal"),
                Arguments.of("ID070174062812", List.of(), "inside a token"),
                Arguments.of("Öppet 0800-1700", List.of(), "opening hours"),
                Arguments.of("Datum 01-02-2024", List.of(), "day-month-year date"),
                Arguments.of("Ring 020-123 456 för frågor", List.of(), "freephone, an organisation's"),
                Arguments.of("Tel 0771-123 123", List.of(), "shared-cost service number"));
    }

    @Test
    void aPersonnummerIsNoPhoneNumber() {
        String pnr = TestPersonnummer.tenDigits(TestPersonnummer.first("2003"));
        assertThat(Run.spans(DETECTOR, "personnummer " + pnr)).as("pnr context").isEmpty();
        assertThat(Run.spans(DETECTOR, "Elev " + pnr + " i klass 3")).as("valid check digit").isEmpty();
    }

    /** The switchboard list is the policy's: the same public number is a finding once it is off the list. */
    @Test
    void theSwitchboardComesFromThePolicy() {
        Policy p = Run.POLICY;
        Policy noSwitchboard = new Policy(p.version(), p.guidelineVersion(), Map.of(), p.reminders(), Set.of(),
                p.intranetHosts(), p.localSystems(), p.allowedTerms(), p.minConfidence());
        Policy stockholm = new Policy(p.version(), p.guidelineVersion(), Map.of(), p.reminders(), Set.of("0846500400"),
                p.intranetHosts(), p.localSystems(), p.allowedTerms(), p.minConfidence());

        assertThat(spans("Växel 0225-340 00", noSwitchboard)).as("four-digit area code").containsExactly("0225-340 00");
        assertThat(spans("Växel +46 225 340 00", noSwitchboard)).containsExactly("+46 225 340 00");
        assertThat(spans("Växel 0225-340 00", p)).isEmpty();
        assertThat(spans("Växel +46 225 340 00", p)).as("international form of the switchboard").isEmpty();
        assertThat(spans("Ring 08-465 004 00 eller +46 8 465 004 00", stockholm)).isEmpty();
    }

    private static List<String> spans(String text, Policy policy) {
        NormalizedText n = Normalizer.normalize(text);
        return DETECTOR.detect(n, policy).stream().map(f -> n.text().substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("rows")
    void findsPhoneNumbers(String text, List<String> expected, String reason) {
        assertThat(Run.spans(DETECTOR, text)).as(reason).isEqualTo(expected);
    }
}
