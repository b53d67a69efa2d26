package se.precheck.detect.identity;

import static se.precheck.detect.identity.Rows.fires;
import static se.precheck.detect.identity.Rows.silent;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reservnummer, LMA numbers, passport/ID numbers and MRZ lines, one table each. Reservnummer
 * examples are Inera's published examples (domain.md §1.4) and the interim numbers of
 * personnummer/meta; MRZ lines use ICAO's fictional specimen data.
 */
class OtherIdentityDetectorsTest {

    private static final String RESERV = "R4-reservnummer";
    private static final String LMA = "R4-lma-nummer";
    private static final String ID = "R4-id-handling";

    static Stream<Arguments> reservnummer() {
        return Stream.of(
                fires("Patienten har reservnummer 991981000010.", RESERV, "991981000010"),
                fires("Inskriven som 991981000010 på akuten", RESERV, "991981000010"),
                fires("Reservnr 19810829M071", RESERV, "19810829M071"),
                fires("Patient 19810829M071 inkom", RESERV, "19810829M071"),
                fires("Patient 19810829SU3A inkom", RESERV, "19810829SU3A"),
                fires("Interimistiskt nummer 000101-T220", RESERV, "000101-T220"),
                fires("Patient-ID: 19810829-AB12", RESERV, "19810829-AB12"),
                fires("Journal för 19810829AB12 idag", RESERV, "19810829AB12"),

                silent("Nummer 991981000011", "Stockholm form with a wrong check digit"),
                fires("Reservnummer 991981000011", RESERV, "991981000011"),
                silent("Nummer 991970000010", "issued 1970: before the Stockholm series"),
                fires("Patient 19810829-M071 inkom", RESERV, "19810829-M071"),
                fires("Patient 19810829-SU3A inkom", RESERV, "19810829-SU3A"),
                silent("Patient 19810829-M072 inkom", "VGR form with a wrong check digit (dashed, so not the general form either)"),
                silent("Patient 19810829-K071 inkom", "VGR: an odd serial is a man, not K"),
                silent("Patient 19810829-SV3V inkom", "Värmland: V is not a type letter"),
                silent("Beställning 000101-T220 skickad", "general form without a context word"),
                silent("Patient-ID: 19811329-AB12", "month 13"),
                silent("Reservnummer 19810829-XXXX", "a masked personnummer, not a reservnummer"));
    }

    static Stream<Arguments> lma() {
        return Stream.of(
                fires("LMA-kort nummer 12-345678 visades upp.", LMA, "12-345678"),
                fires("Migrationsverket har ärende 12-345678 för familjen.", LMA, "12-345678"),
                fires("Dossiernummer: 12345678", LMA, "12345678"),
                fires("Asylsökande med nr 12 - 345678", LMA, "12 - 345678"),

                silent("Diarienummer 12-345678", "no LMA context"),
                silent("Migrationsverket ringde om mötet. Fakturanr 12345678 betald.", "bare digits need the label right before"),
                silent("LMA-kort 12-3456789", "too many digits"),
                silent("LMA 2019-12-345678", "part of a longer code"));
    }

    static Stream<Arguments> idDocument() {
        return Stream.of(
                fires("Passnummer: 12345678", ID, "12345678"),
                fires("Hon visade sitt pass, nr AA1234567.", ID, "AA1234567"),
                fires("Nationellt id-kort 12AB34567", ID, "12AB34567"),
                fires("ID-kortsnummer XY1234567 enligt kopia", ID, "XY1234567"),
                fires("Körkortets referensnummer 123456789", ID, "123456789"),

                silent("Nummer AA1234567 i lagret", "no document context"),
                silent("Passet gäller till 20301231", "a date, not a number"),
                silent("Id-kortet ligger i KOMMUNENS kassaskåp", "a word in capitals, no digits"),
                silent("Arbetspass 12345678", "'pass' inside a longer word"),
                silent("Passnummer 1234567", "seven digits"));
    }

    static Stream<Arguments> mrz() {
        String passport1 = pad("P<SWESPECIMEN<<ANNA<MARIA", 44);
        String passport2 = pad("L898902C36SWE7408122F1204159ZE184226B", 42) + "10";
        String id1 = pad("I<SWEL898902C36", 30);
        String id2 = pad("7408122F1204159SWE", 29) + "6";
        String id3 = pad("SPECIMEN<<ANNA<MARIA", 30);
        return Stream.of(
                fires("Kopia av passet:\n" + passport1 + "\n" + passport2 + "\nSlut.", ID, passport1 + "\n" + passport2),
                fires(id1 + "\n" + id2 + "\n" + id3, ID, id1 + "\n" + id2 + "\n" + id3),
                fires("Rad: " + passport2, ID, passport2),

                silent("<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "only fillers"),
                silent("VIKTIGT<<MEDDELANDE<<TILL<<ALLA<<MEDARBETARE", "no document code, no digits"),
                silent("P<SWE", "too short"));
    }

    @ParameterizedTest(name = "{0} → {1} ({3})")
    @MethodSource("reservnummer")
    void reservnummer(String text, String ruleId, String span, String reason) {
        Rows.check(new ReservnummerDetector(), text, ruleId, span, reason);
    }

    @ParameterizedTest(name = "{0} → {1} ({3})")
    @MethodSource("lma")
    void lma(String text, String ruleId, String span, String reason) {
        Rows.check(new LmaNummerDetector(), text, ruleId, span, reason);
    }

    @ParameterizedTest(name = "{0} → {1} ({3})")
    @MethodSource("idDocument")
    void idDocument(String text, String ruleId, String span, String reason) {
        Rows.check(new IdDocumentNumberDetector(), text, ruleId, span, reason);
    }

    @ParameterizedTest(name = "{0} → {1} ({3})")
    @MethodSource("mrz")
    void mrz(String text, String ruleId, String span, String reason) {
        Rows.check(new MrzDetector(), text, ruleId, span, reason);
    }

    private static String pad(String s, int length) {
        return s + "<".repeat(length - s.length());
    }
}
