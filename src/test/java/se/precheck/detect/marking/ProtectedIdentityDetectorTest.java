package se.precheck.detect.marking;

import static se.precheck.detect.marking.Rows.fires;
import static se.precheck.detect.marking.Rows.none;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Protected personal data in the population register (domain.md §2.2, 22 kap. 1 § OSL). */
class ProtectedIdentityDetectorTest {

    private static final String HIGH = ProtectedIdentityDetector.RULE;
    private static final String INFO = ProtectedIdentityDetector.RULE_GENERAL;
    private static final ProtectedIdentityDetector DETECTOR = new ProtectedIdentityDetector();

    static Stream<Rows> table() {
        return Stream.of(
                fires("Mamman har skyddad identitet.", HIGH, "skyddad identitet"),
                fires("Barnet har skyddade personuppgifter och går i skolan sedan augusti.", HIGH, "skyddade personuppgifter"),
                fires("Hon beviljades skyddad folkbokföring i mars.", HIGH, "skyddad folkbokföring"),
                fires("Familjen har sekretessmarkering.", HIGH, "sekretessmarkering"),
                fires("Eleven är sekretessmarkerad i folkbokföringen.", HIGH, "sekretessmarkerad"),
                fires("Sekretessmarkering: Ja", HIGH, "Sekretessmarkering"),
                fires("Skyddad identitet: Ja", HIGH, "Skyddad identitet"),
                fires("Skyddade personuppgifter: X", HIGH, "Skyddade personuppgifter"),
                fires("Vi har en familj med skyddade personuppgifter som behöver nytt boende akut.", HIGH, "skyddade personuppgifter"),
                fires("Jag har fått in ett ärende där barnet har skyddad identitet.", HIGH, "skyddad identitet"),
                none("Vi har en rutin för personer med skyddad identitet.", HIGH, "a routine for a group, no case at hand"),
                none("Skyddad identitet: Ja/Nej", HIGH, "a blank yes/no choice in a form"),
                none("Skyddad identitet: Ja ☐ Nej ☐", HIGH, "a blank yes/no choice with boxes"),
                fires("Klienten lever med fingerade personuppgifter.", HIGH, "fingerade personuppgifter"),
                fires("Han är kvarskriven på den gamla adressen.", HIGH, "kvarskriven"),
                fires("Anna Svensson har skyddad identitet.", HIGH, "skyddad identitet"),
                fires("OBS! Skyddad identitet", HIGH, "Skyddad identitet"),
                fires("SKYDDADE PERSONUPPGIFTER", HIGH, "SKYDDADE PERSONUPPGIFTER"),
                fires("Skyddad folkbokföring finns.", HIGH, "Skyddad folkbokföring"),
                fires("The mother has a protected identity.", HIGH, "protected identity"),
                fires("Rutin för hantering av personer med skyddade personuppgifter.", INFO, "skyddade personuppgifter"),
                fires("Om en elev har skyddad identitet ska rektor informeras, se rutinen.", INFO, "skyddad identitet"),
                fires("Routine for handling people with protected identity.", INFO, "protected identity"),
                fires("Personen har skyddade personuppgifter, kontakta Skatteverket för post.", HIGH, "skyddade personuppgifter"),
                fires("Maria Karlsson, skyddad folkbokföring", HIGH, "skyddad folkbokföring"),
                fires("Kan du skriva ett brev till en förälder som har skyddad identitet?", HIGH, "skyddad identitet"),
                fires("Vi har fått en ny elev med skyddad identitet.", HIGH, "skyddad identitet"),
                fires("Skyddade personuppgifter – så gör du", INFO, "Skyddade personuppgifter"),
                fires("Information till dig som har skyddade personuppgifter", INFO, "skyddade personuppgifter"),
                fires("Vid skyddade personuppgifter ska post skickas via Skatteverket.", INFO, "skyddade personuppgifter"),
                none("Vid skyddade personuppgifter ska post skickas via Skatteverket.", HIGH, "no particular person"),
                none("Rutin för hantering av personer med skyddade personuppgifter.", HIGH, "a general routine"),
                none("Alla som har skyddad identitet ska hanteras enligt riktlinjen.", HIGH, "a general statement"),
                none("Skyddad identitet: Nej", HIGH, "the field says no"),
                none("Skyddade personuppgifter: Nej", HIGH, "the field says no"),
                none("Sekretessmarkering: nej", HIGH, "the field says no"),
                none("Barnet har inte skyddad identitet.", HIGH, "negated"),
                none("Handlingen är sekretessmarkerad enligt 5 kap. 5 § OSL.", HIGH, "a secrecy-marked document, see SecrecyMarkingDetector"),
                none("Skyddsområde för vattentäkt och skyddad natur i Hedemora.", HIGH, "other things that are protected"),
                none("Identitetshandling och skyddsutrustning kontrolleras vid entrén.", HIGH, "nothing about protected personal data"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void table(Rows row) {
        row.check(DETECTOR);
    }
}
