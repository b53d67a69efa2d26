package se.precheck.detect.identity;

import static se.precheck.detect.identity.Rows.fires;
import static se.precheck.detect.identity.Rows.silent;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Organisationsnummer (Bolagsverket's and Skatteverket's published examples: Stockholms stad
 * 212000-0142, Göteborg 212000-1355, Skatteverket's test "Kommun A" 202100-4748) and VAT numbers.
 */
class OrganisationsnummerDetectorTest {

    private static final OrganisationsnummerDetector DETECTOR = new OrganisationsnummerDetector();
    private static final String ORG = "R4-organisationsnummer";

    static Stream<Arguments> rows() {
        return Stream.of(
                fires("Stockholms stad har organisationsnummer 212000-0142.", ORG, "212000-0142"),
                fires("Leverantör 556703-7485 fakturerar.", ORG, "556703-7485"),
                fires("Kommun A (202100-4748)", ORG, "202100-4748"),
                fires("Göteborg 212000 - 1355", ORG, "212000 - 1355"),
                fires("Org.nr: 2120001355", ORG, "2120001355"),
                fires("orgnr 162021004748", ORG, "162021004748"),
                fires("Momsreg.nr SE556703748501", ORG, "SE556703748501"),
                fires("VAT SE 556703748501", ORG, "SE 556703748501"),
                fires("Enskild firma, momsnr SE900101238501", "R4-personnummer", "SE900101238501"),

                silent("Nummer 212000-0143", "check digit wrong"),
                silent("Nummer 900101-2385", "a personnummer: month below 20"),
                silent("Faktura 2120000142 betald", "ten bare digits need an org context word"),
                silent("Konto 1-212000-0142", "part of a longer code"),
                silent("Nummer 212000-01421", "five digits after the dash"),
                silent("Moms SE556703748502", "VAT numbers end in 01"));
    }

    @ParameterizedTest(name = "{0} → {1} ({3})")
    @MethodSource("rows")
    void table(String text, String ruleId, String span, String reason) {
        Rows.check(DETECTOR, text, ruleId, span, reason);
    }
}
