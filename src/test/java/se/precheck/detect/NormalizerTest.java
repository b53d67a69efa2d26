package se.precheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NormalizerTest {

    static Stream<Arguments> hidingTricks() {
        return Stream.of(
                Arguments.of("zero-width space", "8503\u200B14", "850314"),
                Arguments.of("zero-width joiner and BOM", "85\u200D03\uFEFF14", "850314"),
                Arguments.of("soft hyphen", "Sekre\u00ADtess", "Sekretess"),
                Arguments.of("word joiner", "HEM\u2060LIG", "HEMLIG"),
                Arguments.of("no-break and thin spaces", "070\u00A0174\u202F06\u200928", "070 174 06 28"),
                Arguments.of("full-width digits", "\uFF18\uFF15\uFF10\uFF13", "8503"),
                Arguments.of("Arabic-Indic digits", "\u0661\u0662", "12"),
                Arguments.of("mathematical bold digits", "\uD835\uDFCF\uD835\uDFD0", "12"),
                Arguments.of("dashes", "850314\u20131234 \u2212 \u2014", "850314-1234 - -"),
                Arguments.of("Cyrillic look-alikes", "\u041D\u0415\u041CLIG", "HEMLIG"),
                Arguments.of("full-width at sign", "a\uFF20b.se", "a@b.se"),
                Arguments.of("line separator", "a\u2028b", "a\nb"),
                Arguments.of("Swedish letters are kept", "Åsa Öberg", "Åsa Öberg"),
                Arguments.of("lone surrogate is kept", "a\uD800b", "a\uD800b"),
                Arguments.of("emoji is kept", "\uD83D\uDE00", "\uD83D\uDE00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hidingTricks")
    void nothing_hides_behind_invisible_or_look_alike_characters(String name, String original, String expected) {
        assertThat(Normalizer.normalize(original).text()).isEqualTo(expected);
    }

    @Test
    void offsets_map_back_to_the_original_utf16_units() {
        String original = "\uD83D\uDE00 pnr 8503\u200B14-1234\u00AD.";
        NormalizedText n = Normalizer.normalize(original);
        int start = n.text().indexOf("850314");
        int end = start + "850314-1234".length();
        assertThat(original.substring(n.originalStart(start), n.originalEnd(end))).isEqualTo("8503\u200B14-1234");
        assertThat(n.originalStart(0)).isZero();
        assertThat(n.originalEnd(n.length())).isEqualTo(original.length());
    }

    @Test
    void a_replaced_supplementary_character_maps_to_both_of_its_units() {
        String original = "x\uD835\uDFCFy";
        NormalizedText n = Normalizer.normalize(original);
        assertThat(n.text()).isEqualTo("x1y");
        assertThat(n.originalStart(1)).isEqualTo(1);
        assertThat(n.originalEnd(2)).isEqualTo(3);
    }

    /** The map back is kept as shifts only: every character must still map to exactly its source. */
    @Test
    void every_character_maps_back_to_the_characters_it_came_from() {
        String original = "a\u00AD\uD83D\uDE00b\u200B\u200Cc \uD835\uDFCF\u2013\uFF18\uDB40\uDC41d\uD800e\u00A0\u041D";
        NormalizedText n = Normalizer.normalize(original);
        assertThat(n.text()).isEqualTo("a\uD83D\uDE00bc 1-8d\uD800e H");
        int previous = -1;
        for (int k = 0; k < n.length(); k++) {
            int from = n.originalStart(k);
            int to = n.originalEnd(k + 1);
            assertThat(from).isGreaterThanOrEqualTo(previous);
            previous = from;
            assertThat(Normalizer.normalize(original.substring(from, to)).text()).contains(String.valueOf(n.text().charAt(k)));
        }
    }

    @Test
    void a_text_of_only_invisible_characters_normalises_to_empty() {
        NormalizedText n = Normalizer.normalize("\u200B\u200C\uFEFF");
        assertThat(n.text()).isEmpty();
        assertThat(n.originalEnd(0)).isZero();
    }
}
