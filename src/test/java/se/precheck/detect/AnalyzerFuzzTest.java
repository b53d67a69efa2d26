package se.precheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.fuzz.Gen;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;
import se.precheck.redact.Redaction;
import se.precheck.redact.Redactor;

/**
 * Fuzzing the engine (issue 11): any string — lone surrogates, NUL, invisible characters, nested
 * brackets, sensitive values glued to noise — gives an analysis without an exception, with offsets
 * inside the text that never split a surrogate pair; redaction leaves none of the values it
 * replaced, and restore(redact(x)) = x. A longer run: docs/reliability.md.
 */
class AnalyzerFuzzTest {

    static final Policy POLICY = PolicyLoader.loadDefault();

    /** Values the detectors look for, and the characters that have broken text engines before. */
    static final List<String> FRAGMENTS = List.of(
            "19121212-1212", "121212-1212", "20121212+1212", "19121272-1219", "anna.berg@example.com", "a@b.se",
            "070-123 45 67", "+46 70 123 45 67", "0225-340 00", "Noah Lindberg", "Rukiya Abdi", "mamman Anna Svensson",
            "Storgatan 12, 776 30 Hedemora", "ABC 123", "192.168.1.1", "fe80::1", "5567-1234", "556012-5790",
            "4111 1111 1111 1111", "lösenord: hunter2", "HEMLIG", "Sekretess enligt OSL 26 kap. 1 §", "diagnos: diabetes",
            "han är muslim", "dömd för stöld", "skyddad identitet", "Dnr SN 2024/123", "Ciceron", "https://insidan.hedemora.se/x",
            "Bedöm om ansökan ska beviljas", "född 1980-05-06", "eleven", "patienten", "Person", "kap.",
            "\u0000", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uD83D\uDE00", "\u200B", "\uFEFF", "\u202E", "\u00AD", "\r\n", "\t",
            "e\u0301", "ﬁ", "Ⅻ", "１２３", "(", ")", "[", "]", "{", "}", "((((((((", "]]]]", "\\", "\"", "<script>", "&amp;");
    /** Fragments that look like redaction's own placeholders: restore cannot tell them from real ones. */
    static final List<String> PLACEHOLDER_LIKE = List.of("Person 1", "[PERSONNUMMER 1]", "[E-POST 2]", "Person 1:s");

    static Stream<Long> seeds() {
        return Gen.seeds();
    }

    /** Detector values, placeholder look-alikes, random code units and separators, glued together. */
    static String anyText(Gen g) {
        return g.join(30, x -> x.weighted(new int[] {5, 1, 3, 3},
                y -> y.pick(FRAGMENTS), y -> y.pick(PLACEHOLDER_LIKE), y -> y.anyString(40),
                y -> y.pick(List.of(" ", "  ", "\n", ", ", ". ", "", ":", "-"))));
    }

    /** Like {@link #anyText}, without anything restore would read as a placeholder. */
    static String textWithoutPlaceholders(Gen g) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String text = anyText(g);
            if (PLACEHOLDER_LIKE.stream().noneMatch(text::contains) && !text.matches("(?s).*(Person|\\[[\\p{Lu} /-]+) \\d.*")) {
                return text;
            }
        }
        return "";
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void any_text_gives_an_analysis_with_offsets_inside_it_on_code_point_boundaries(long seed) {
        String text = anyText(new Gen(seed));
        assertWellFormed(text, Analyzer.analyze(text, POLICY));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void any_unicode_at_all(long seed) {
        String text = new Gen(seed).anyString(400);
        assertWellFormed(text, Analyzer.analyze(text, POLICY));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void replace_and_pseudonym_leave_no_redacted_value(long seed) {
        Gen g = new Gen(seed);
        String text = anyText(g);
        String operator = g.pick(List.of("replace", "pseudonym"));
        Analysis analysis = Analyzer.analyze(text, POLICY);
        Redaction redaction = Redactor.redact(text, analysis.findings(), choices(analysis, operator), List.of());
        for (ReportedFinding f : analysis.findings()) {
            String original = text.substring(f.finding().start(), f.finding().end());
            if (f.rule().redactable() && !original.isBlank()) {
                assertThat(redaction.text()).as("%s %s was redacted", f.finding().category(), original).doesNotContain(original);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void restore_of_redact_gives_the_text_back(long seed) {
        Gen g = new Gen(seed);
        String text = textWithoutPlaceholders(g);
        String operator = g.pick(List.of("replace", "pseudonym"));
        Analysis analysis = Analyzer.analyze(text, POLICY);
        Redaction redaction = Redactor.redact(text, analysis.findings(), choices(analysis, operator), List.of());
        assertThat(Redactor.restore(redaction.text(), redaction.mapping())).isEqualTo(text);
    }

    static Map<String, String> choices(Analysis analysis, String operator) {
        Map<String, String> choices = new HashMap<>();
        analysis.findings().forEach(f -> choices.put(f.id(), operator));
        return choices;
    }

    @Test
    void a_megabyte_of_one_character() {
        for (String c : List.of("a", "1", " ", "\u0000", "\uD800", "(", "[")) {
            String text = c.repeat(1 << 20);
            assertWellFormed(text, Analyzer.analyze(text, POLICY));
        }
    }

    @Test
    void deeply_nested_brackets() {
        for (String[] pair : new String[][] {{"(", ")"}, {"[", "]"}, {"{", "}"}, {"[PERSONNUMMER ", "]"}}) {
            String text = pair[0].repeat(50_000) + "19121212-1212" + pair[1].repeat(50_000);
            Analysis analysis = Analyzer.analyze(text, POLICY);
            assertWellFormed(text, analysis);
        }
    }

    static void assertWellFormed(String text, Analysis analysis) {
        assertThat(analysis.verdict()).isNotNull();
        int previousEnd = 0;
        for (ReportedFinding f : analysis.findings()) {
            int start = f.finding().start();
            int end = f.finding().end();
            assertThat(start).as("start of %s", f.id()).isBetween(0, text.length());
            assertThat(end).as("end of %s", f.id()).isBetween(start + 1, text.length());
            assertThat(start).as("findings in reading order, not overlapping").isGreaterThanOrEqualTo(previousEnd);
            assertThat(splitsPair(text, start)).as("start of %s splits a surrogate pair", f.id()).isFalse();
            assertThat(splitsPair(text, end)).as("end of %s splits a surrogate pair", f.id()).isFalse();
            previousEnd = end;
        }
    }

    static boolean splitsPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at));
    }
}
