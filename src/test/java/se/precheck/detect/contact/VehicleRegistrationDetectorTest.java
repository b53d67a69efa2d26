package se.precheck.detect.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VehicleRegistrationDetectorTest {

    private static final VehicleRegistrationDetector DETECTOR = new VehicleRegistrationDetector();

    static Stream<Arguments> rows() {
        return Stream.of(
                // must fire
                Arguments.of("Bilen ABC 123 stod på gården.", List.of("ABC 123"), "classic plate with vehicle word"),
                Arguments.of("Anmälan gäller GHT 482.", List.of("GHT 482"), "strong format without context"),
                Arguments.of("regnr: ABC12A", List.of("ABC12A"), "2019 format with label"),
                Arguments.of("Felparkerad bil, reg.nr MLB 90T", List.of("MLB 90T"), "2019 format with space"),
                Arguments.of("parkeringstillstånd för abc 123", List.of("abc 123"), "lower case with context"),
                Arguments.of("Fordonet XYZ-789 flyttades", List.of("XYZ-789"), "dash with context"),
                Arguments.of("regnr DUM 123", List.of("DUM 123"), "excluded word but labelled"),
                // must not fire
                Arguments.of("Beslut enligt KS 123", List.of(), "two-letter acronym"),
                Arguments.of("SFS 2018:585", List.of(), "statute with four digits"),
                Arguments.of("insats enligt LSS 9 §", List.of(), "acronym and paragraph"),
                Arguments.of("12 st dockningsstationer (artikelnummer HDM 204) levereras", List.of(), "an article number"),
                Arguments.of("Kurskod ENG 123 startar i januari", List.of(), "a course code"),
                Arguments.of("Bilens regnr ENG 123, kursen börjar sen", List.of("ENG 123"), "a vehicle label wins over a later word"),
                Arguments.of("LVU 2 §", List.of(), "V is not used"),
                Arguments.of("certifierad enligt ISO 9001", List.of(), "I is not used"),
                Arguments.of("COVID 19", List.of(), "five letters"),
                Arguments.of("ÅÄÖ 123", List.of(), "Swedish letters are not used"),
                Arguments.of("QWE 123", List.of(), "Q is not used"),
                Arguments.of("ABC 12O", List.of(), "O is never last"),
                Arguments.of("enligt HSL 123", List.of(), "excluded abbreviation"),
                Arguments.of("Summa TOT 500", List.of(), "excluded word"),
                Arguments.of("abc 123", List.of(), "lower case without context"),
                Arguments.of("ABCD 123", List.of(), "four letters"),
                Arguments.of("ABC 1234", List.of(), "four digits"),
                Arguments.of("rum ABC 123:4", List.of(), "followed by a reference"),
                Arguments.of("Kostnad SEK 500", List.of(), "currency before an amount"),
                Arguments.of("Kursen ENG 105", List.of(), "course code"),
                Arguments.of("MOBIL 070 174 06 28", List.of(), "start of a phone number in capitals"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("rows")
    void findsRegistrations(String text, List<String> expected, String reason) {
        assertThat(Run.spans(DETECTOR, text)).as(reason).isEqualTo(expected);
    }
}
