package se.precheck.detect.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DateOfBirthDetectorTest {

    private static final DateOfBirthDetector DETECTOR = new DateOfBirthDetector();

    static Stream<Arguments> rows() {
        return Stream.of(
                // must fire
                Arguments.of("Pojken, född 2017-05-03, går i förskoleklass.", List.of("2017-05-03"), "ISO date"),
                Arguments.of("Anna (f. 12/3 -85) deltog", List.of("12/3 -85"), "short form with 'f.'"),
                Arguments.of("född den 3 maj 2017", List.of("3 maj 2017"), "month name"),
                Arguments.of("Anteckning: mamman Sara Lindqvist, 1991-02-17, har flyttat.", List.of("1991-02-17"), "a date set off right after a role word and a name"),
                Arguments.of("Eleven Elsa (2017-05-03) har glömt jackan.", List.of("2017-05-03"), "a date in brackets after a pupil"),
                Arguments.of("Mötet med mamman, 2024-03-12, handlade om skolan.", List.of(), "a meeting date after a role word without a name"),
                Arguments.of("Samtal med mamman Sara, " + java.time.Year.now() + "-11-03, om skolgången.", List.of(), "a date this recent is a meeting"),
                Arguments.of("Födelsedatum: 030517", List.of("030517"), "six digits"),
                Arguments.of("DOB 2017-05-03", List.of("2017-05-03"), "English label"),
                Arguments.of("born on May 3, 2017", List.of("May 3, 2017"), "English month first"),
                Arguments.of("Hon föddes den 3:e mars 2012", List.of("3:e mars 2012"), "ordinal"),
                Arguments.of("FÖDD 12.03.1985", List.of("12.03.1985"), "capitals and dots"),
                Arguments.of("född 20170503", List.of("20170503"), "eight digits"),
                Arguments.of("född\n2017-05-03", List.of("2017-05-03"), "line break"),
                Arguments.of("f. 85-03-12", List.of("85-03-12"), "two-digit year first"),
                Arguments.of("född 12 mars -85", List.of("12 mars -85"), "month name and short year"),
                Arguments.of("Födelsedatum 2017.05.03", List.of("2017.05.03"), "ISO order with dots"),
                Arguments.of("född den 3e maj 2017", List.of("3e maj 2017"), "ordinal without colon"),
                Arguments.of("Den 14 april 1941 födda brukaren", List.of("14 april 1941"), "date before the participle"),
                Arguments.of("en 2017-05-03 född pojke", List.of("2017-05-03"), "ISO date before född"),
                // must not fire
                Arguments.of("Mötet hölls 2017-05-03", List.of(), "a date without a birth word"),
                Arguments.of("Barn födda 2017 har förtur", List.of(), "a birth year for a group"),
                Arguments.of("Den 3 maj, födda barn", List.of(), "a comma between date and word"),
                Arguments.of("född i Hedemora", List.of(), "place of birth"),
                Arguments.of("f.d. rektor 2017-05-03", List.of(), "f.d. is not f."),
                Arguments.of("född 850101-2382", List.of(), "personnummer, another family"),
                Arguments.of("född 2017-13-40", List.of(), "impossible date"),
                Arguments.of("nyfödd 2017-05-03", List.of(), "compound"),
                Arguments.of("född 1985", List.of(), "year only"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("rows")
    void findsDatesOfBirth(String text, List<String> expected, String reason) {
        assertThat(Run.spans(DETECTOR, text)).as(reason).isEqualTo(expected);
    }
}
