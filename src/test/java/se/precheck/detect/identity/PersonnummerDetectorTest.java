package se.precheck.detect.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static se.precheck.detect.identity.Rows.fires;
import static se.precheck.detect.identity.Rows.silent;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.detect.Checksums;
import se.precheck.detect.Finding;
import se.precheck.policy.Category;

/**
 * Personnummer and samordningsnummer. Every number below is one of Skatteverket's test numbers
 * (open data "Testpersonnummer"/"Testsamordningsnummer", CC0, /work/shared/data/testpersonnummer),
 * or a deliberate corruption of one; phone numbers are from PTS's fiction ranges.
 */
class PersonnummerDetectorTest {

    private static final PersonnummerDetector DETECTOR = new PersonnummerDetector();
    private static final String PNR = "R4-personnummer";
    private static final String SAM = "R4-samordningsnummer";
    private static final String UNSURE = "R4-personnummer-osakert";

    static Stream<Arguments> rows() {
        return Stream.of(
                // every written form
                fires("Eleven har personnummer 19900101-2385.", PNR, "19900101-2385"),
                fires("Eleven har personnummer 199001012385.", PNR, "199001012385"),
                fires("Sökande 900101-2385 har ansökt.", PNR, "900101-2385"),
                fires("Sökande 9001012385 har ansökt.", PNR, "9001012385"),
                fires("Sökande 900101 2385 har ansökt.", PNR, "900101 2385"),
                fires("Sökande 19900101 2385 har ansökt.", PNR, "19900101 2385"),
                fires("Sökande 900101 - 2385 har ansökt.", PNR, "900101 - 2385"),
                fires("Mannen, 900101+9802, bor på boendet.", PNR, "900101+9802"),
                fires("Pnr: 1990-01-01-2385", PNR, "1990-01-01-2385"),
                fires("Pnr 19 900101-2385", PNR, "19 900101-2385"),
                fires("Pnr 90.01.01-2385", PNR, "90.01.01-2385"),
                fires("Pnr 90 01 01 - 2385", PNR, "90 01 01 - 2385"),
                fires("Personnummer 1990 01 01 2385 enligt blanketten", PNR, "1990 01 01 2385"),
                fires("Eleven har personnummer 19121212-1212.", PNR, "19121212-1212"),
                fires("pnr 121212-1212", PNR, "121212-1212"),
                // glued to letters and punctuation (Presidio's examples)
                fires("pnr:199001012385", PNR, "199001012385"),
                fires("pnr199001012385", PNR, "199001012385"),
                fires("His number is199001012385.", PNR, "199001012385"),
                fires("(900101-2385)", PNR, "900101-2385"),
                fires("Nordea personkonto 3300-900101-2385", PNR, "900101-2385"),
                fires("Konto 3300 9001012385", PNR, "9001012385"),
                // samordningsnummer, also Skatteverket's unknown month (00) and unknown day (60)
                fires("Samordningsnummer 19140168-2396", SAM, "19140168-2396"),
                fires("Han har 140168-2396 som samordningsnummer.", SAM, "140168-2396"),
                fires("Nummer 191500722390 i ansökan", SAM, "191500722390"),
                fires("Nummer 19171160-2399 i ansökan", SAM, "19171160-2399"),
                fires("Nummer 220161-2393 i ansökan", SAM, "220161-2393"),
                // mobile-looking bare numbers with person context
                fires("pnr 0702012386", PNR, "0702012386"),
                fires("samordningsnr 0701740607", SAM, "0701740607"),
                // wrong check digit or impossible date, but context words: a probable number
                fires("Personnummer: 19900101-2386", UNSURE, "19900101-2386"),
                fires("pnr 901301-2385 (fel?)", UNSURE, "901301-2385"),
                fires("född 900230-2385", UNSURE, "900230-2385"),
                fires("ÅÅMMDD-NNNN: 900101-2386", UNSURE, "900101-2386"),

                silent("Nummer 19900101-2386 i listan", "check digit wrong and no context word"),
                silent("Nummer 901301-2385 i listan", "month 13 and no context word"),
                silent("Kommunens organisationsnummer är 212000-2080.", "organisationsnummer: month 20"),
                silent("Stockholms stad 212000-0142 och 556703-7485", "organisationsnummer"),
                silent("Kommun A har 202100-4748 och 162021004748.", "Skatteverket's test organisationsnummer"),
                silent("pnr 212000-0142", "month ≥ 20 is never a person, even with context"),
                silent("Ring mig på 070-174 06 28.", "phone number in phone form"),
                silent("Tel 0701740607", "bare mobile number with phone context"),
                silent("Mobil: 0702012386", "bare mobile number that also is a valid date: phone context wins"),
                silent("Kontakta 0701740607 vid frågor", "mobile prefix and samordning-like day: a phone"),
                silent("Personnummer saknas. Mobil: 0702012386", "the phone label is nearer than the personnummer word"),
                silent("tel 0406280404", "PTS fiction number in Malmö with phone context"),
                silent("Summa 9001012385 kr", "an amount"),
                silent("Kortnummer 4111199001012385", "16 digits: not cut out of a longer number"),
                silent("Referens 1199001012385", "13 digits"),
                silent("Dnr 2019-900101-2385", "joined by a dash to more digits"),
                silent("Konto 900101-2385-1", "joined by a dash to more digits"),
                silent("Konto 3301-900101-2385", "another clearing number joined by a dash: part of a longer code"),
                silent("Belopp 9001012385,50", "a decimal number"),
                silent("Mötet 2023-05-12 1030 i rum 4", "a date and a time"),
                silent("Datum 2023-05-12", "a date"),
                silent("Värden 900101 2385 4711 i tabellen", "a space-joined list of numbers"),
                silent("Kod ABC9001012385XYZ", "glued to letters on both sides, no context"),
                silent("Nummer 1890010198021", "13 digits"),
                silent("Nummer 171801012392", "12 digits whose century 17 is not a birth century"),
                silent("Nummer 0000000000", "no date"),
                silent("pnr ÅÅMMDD-XXXX", "template, no digits"));
    }

    @ParameterizedTest(name = "{0} → {1} ({3})")
    @MethodSource("rows")
    void table(String text, String ruleId, String span, String reason) {
        Rows.check(DETECTOR, text, ruleId, span, reason);
    }

    @Test
    void every_test_personnummer_is_found_in_every_written_form() {
        List<String> missed = new ArrayList<>();
        for (String n : TestNumbers.personnummer()) {
            for (String form : forms(n)) {
                if (!foundExactly(form, Category.PERSONNUMMER, PNR)) {
                    missed.add(form);
                }
            }
        }
        assertThat(missed).as("missed test personnummer").isEmpty();
    }

    @Test
    void every_test_samordningsnummer_is_found_in_every_written_form() {
        List<String> missed = new ArrayList<>();
        for (String n : TestNumbers.samordningsnummer()) {
            for (String form : forms(n)) {
                if (!foundExactly(form, Category.SAMORDNINGSNUMMER, SAM)) {
                    missed.add(form);
                }
            }
        }
        assertThat(missed).as("missed test samordningsnummer").isEmpty();
    }

    @Test
    void skatteverkets_published_csv_files_are_all_found() {
        List<String> missed = new ArrayList<>();
        for (String n : TestNumbers.skatteverketCsv()) {
            if (!foundExactly(n, Category.PERSONNUMMER, PNR)) {
                missed.add(n);
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void luhn_valid_random_numbers_with_impossible_dates_are_not_found() {
        Random random = new Random(20261128);
        int tried = 0;
        while (tried < 20_000) {
            String ten = withCheckDigit(String.format("%09d", random.nextInt(1_000_000_000)));
            if (BirthDate.classify(ten, -1) != BirthDate.Kind.IMPOSSIBLE && BirthDate.classify(ten, -1) != BirthDate.Kind.ORGANISATION) {
                continue;
            }
            tried++;
            String dashed = ten.substring(0, 6) + "-" + ten.substring(6);
            assertThat(Rows.run(DETECTOR, "Nummer " + ten + " och " + dashed + " i listan.")).as(ten).isEmpty();
        }
    }

    @Test
    void organisation_numbers_are_never_personnummer() {
        for (String org : List.of("212000-0142", "556703-7485", "202100-4748", "212000-1355", "212000-0167",
                "2120000142", "5567037485", "162021004748", "16212000-0142", "SE556703748501")) {
            for (String text : List.of(org, "pnr " + org, "Organisationsnummer: " + org + ".")) {
                assertThat(Rows.run(DETECTOR, text)).as(text).isEmpty();
            }
        }
    }

    /** 12 digits, 12 with "-", 10 with "-", and 10 with "+" for everyone 100 or older in 2026. */
    static List<String> forms(String twelve) {
        List<String> forms = new ArrayList<>(List.of(
                twelve,
                twelve.substring(0, 8) + "-" + twelve.substring(8),
                twelve.substring(2, 8) + "-" + twelve.substring(8)));
        if (Integer.parseInt(twelve.substring(0, 4)) <= 2026 - 100) {
            forms.add(twelve.substring(2, 8) + "+" + twelve.substring(8));
        }
        return forms;
    }

    private static boolean foundExactly(String form, Category category, String ruleId) {
        String text = "Uppgiften " + form + " står i ärendet.";
        List<Finding> found = Rows.run(DETECTOR, text);
        return found.size() == 1
                && found.get(0).category() == category
                && found.get(0).ruleId().equals(ruleId)
                && found.get(0).start() == 10
                && found.get(0).end() == 10 + form.length();
    }

    private static String withCheckDigit(String nine) {
        for (int d = 0; d <= 9; d++) {
            if (Checksums.luhn(nine + d)) {
                return nine + d;
            }
        }
        throw new AssertionError(nine);
    }
}
