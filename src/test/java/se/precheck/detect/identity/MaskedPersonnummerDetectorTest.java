package se.precheck.detect.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static se.precheck.detect.identity.Rows.fires;
import static se.precheck.detect.identity.Rows.silent;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Partly masked personnummer; dates from Skatteverket's test numbers. */
class MaskedPersonnummerDetectorTest {

    private static final MaskedPersonnummerDetector DETECTOR = new MaskedPersonnummerDetector();
    private static final String MASKED = "R4-personnummer-maskerat";
    private static final String MASKED_PERSON = "R4-personnummer-maskerat-person";

    static Stream<Arguments> rows() {
        return Stream.of(
                // beside a name or a personnummer word: as high as the full number
                fires("Anna Lind, 900101-XXXX, har kallats.", MASKED_PERSON, "900101-XXXX"),
                fires("Pnr 900101-****", MASKED_PERSON, "900101-****"),
                fires("pnr: 19900101-xxxx", MASKED_PERSON, "19900101-xxxx"),
                fires("Användare: Maria Korhonen, pnr 850303-XXXX, lönekontor Heroma.", MASKED_PERSON, "850303-XXXX"),
                fires("Samordningsnr 140168-XXXX", MASKED_PERSON, "140168-XXXX"),
                fires("Pnr 900101XXXX", MASKED_PERSON, "900101XXXX"),
                fires("Pnr 900101 XXXX", MASKED_PERSON, "900101 XXXX"),
                // alone: the birth date only
                fires("klienten 900101-23XX kommer på tisdag.", MASKED, "900101-23XX"),
                fires("900101-XXXX", MASKED, "900101-XXXX"),

                silent("Nummer 900101-2385", "not masked: the personnummer detector's business"),
                silent("Org.nr 212000-XXXX", "organisationsnummer: month 20"),
                silent("Pnr 901301-XXXX", "month 13 is no date"),
                silent("Pnr ÅÅMMDD-XXXX", "template without a date"),
                silent("Pnr 17900101-XXXX", "century 17"),
                silent("Kod 1-900101-XXXX", "part of a longer code"),
                silent("Serie 900101-XXXXL", "five characters after the dash"));
    }

    @ParameterizedTest(name = "{0} → {1} ({3})")
    @MethodSource("rows")
    void table(String text, String ruleId, String span, String reason) {
        Rows.check(DETECTOR, text, ruleId, span, reason);
    }

    @Test
    void a_name_or_context_word_near_raises_confidence() {
        double alone = Rows.run(DETECTOR, "900101-XXXX").get(0).confidence();
        double withName = Rows.run(DETECTOR, "Uppgift om Anna Lind 900101-XXXX").get(0).confidence();
        double withContext = Rows.run(DETECTOR, "personnummer 900101-XXXX").get(0).confidence();
        assertThat(withName).isGreaterThan(alone);
        assertThat(withContext).isGreaterThan(alone);
    }
}
