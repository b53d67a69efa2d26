package se.precheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.policy.Category;

class MarkupTest {

    @Test
    void stripsMarkupAndGivesOffsetsInThePlainText() {
        Markup.Parsed p = Markup.parse("Eleven ⟦PERSON_NAME:Noah Lindberg⟧ har ⟦HEALTH:ADHD⟧.");
        assertThat(p.text()).isEqualTo("Eleven Noah Lindberg har ADHD.");
        assertThat(p.spans()).containsExactly(
                new Span(Category.PERSON_NAME, 7, 20),
                new Span(Category.HEALTH, 25, 29));
    }

    @Test
    void offsetsAreUtf16CodeUnitsAcrossSurrogatePairs() {
        // 😀 is two UTF-16 code units, as in JavaScript and Office.js
        Markup.Parsed p = Markup.parse("😀 ⟦EMAIL:a@example.com⟧ 𝟙");
        assertThat(p.text()).isEqualTo("😀 a@example.com 𝟙");
        assertThat(p.spans()).containsExactly(new Span(Category.EMAIL, 3, 16));
    }

    @Test
    void zeroWidthCharacterInsideASurfaceCounts() {
        Markup.Parsed p = Markup.parse("pnr ⟦PERSONNUMMER:121212\u200b-1212⟧");
        assertThat(p.spans()).containsExactly(new Span(Category.PERSONNUMMER, 4, 16));
    }

    @Test
    void adjacentSpansStaySeparate() {
        Markup.Parsed p = Markup.parse("⟦PERSON_NAME:Sara⟧⟦PHONE:070-1740605⟧");
        assertThat(p.text()).isEqualTo("Sara070-1740605");
        assertThat(p.spans()).containsExactly(
                new Span(Category.PERSON_NAME, 0, 4),
                new Span(Category.PHONE, 4, 15));
    }

    @Test
    void backslashEscapesBracketsAndOtherBackslashesAreText() {
        Markup.Parsed p = Markup.parse("\\⟦inte markup\\⟧ C:\\temp \\\\server ⟦EMAIL:x@example.se⟧");
        assertThat(p.text()).isEqualTo("⟦inte markup⟧ C:\\temp \\\\server x@example.se");
        assertThat(p.spans()).containsExactly(new Span(Category.EMAIL, 31, 43));
    }

    @Test
    void colonInsideTheSurfaceIsText() {
        Markup.Parsed p = Markup.parse("⟦SYSTEM_COPY:Från: Anna⟧");
        assertThat(p.text()).isEqualTo("Från: Anna");
        assertThat(p.spans()).containsExactly(new Span(Category.SYSTEM_COPY, 0, 10));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("a ⟦EMAIL:x@example.se", "never closed"),
                Arguments.of("a x⟧", "without an open"),
                Arguments.of("⟦EMAIL:a ⟦PHONE:1⟧⟧", "nested"),
                Arguments.of("⟦EMAIL⟧", "without CATEGORY"),
                Arguments.of("⟦NAMN:Sara⟧", "unknown category \"NAMN\""),
                Arguments.of("⟦EMAIL:⟧", "empty span"),
                Arguments.of("⟦email:x@example.se⟧", "unknown category"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedMarkupGivesAClearError(String marked, String message) {
        assertThatThrownBy(() -> Markup.parse(marked))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("malformed markup at character")
                .hasMessageContaining(message);
    }
}
