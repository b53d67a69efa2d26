package se.precheck.detect.sensitive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.detect.sensitive.Lexicon.Strength;
import se.precheck.detect.sensitive.Lexicon.Term;
import se.precheck.detect.sensitive.LexiconMatcher.Match;

/** The matching rules on a small lexicon: inflections, compounds, exact and cased forms, traps, groups. */
class LexiconMatcherTest {

    private static final Lexicon LEXICON = new LexiconForTest(List.of(
            "[strong]",
            "missbruk",
            "diagnos",
            "depression",
            "sjukskriven",
            "=ras",
            "^ADD",
            "^F90.0",
            "@fack = kommunal | vision",
            "medlem i @fack",
            "psykisk ohälsa",
            "[weak]",
            "placering",
            "[trap]",
            "placering i kön")).lexicon();
    private static final LexiconMatcher MATCHER = new LexiconMatcher(LEXICON);

    static Stream<Arguments> rows() {
        return Stream.of(
                arguments("missbruket", "missbruket", "definite form (stemmer or ending table)"),
                arguments("missbrukaren", "missbrukaren", "agent noun ending"),
                arguments("alkoholmissbruket", "alkoholmissbruket", "a strong term may end a compound; the span is the whole word"),
                arguments("diagnoser", "diagnoser", "plural"),
                arguments("depressionen", "depressionen", "definite form"),
                arguments("Sjukskriven", "Sjukskriven", "case-insensitive"),
                arguments("ras", "ras", "exact form"),
                arguments("ADD", "ADD", "cased acronym"),
                arguments("F90.0", "F90.0", "ICD-10 code"),
                arguments("medlem i\nKommunal", "medlem i\nKommunal", "a phrase across a line break"),
                arguments("medlem i Vision", "medlem i Vision", "a group expanded"),
                arguments("psykisk ohälsa", "psykisk ohälsa", "a phrase"),
                arguments("placeringen", "placeringen", "a weak term inflected"),
                arguments("missbruksbehandlingen", "missbruksbehandlingen", "a compound tail after a linking s, inflected"),
                arguments("depressionsmediciner", "depressionsmediciner", "a compound tail in the plural"),
                arguments("psykisk ohalsa", "psykisk ohalsa", "a long term written without å, ä, ö"));
    }

    static Stream<Arguments> nonRows() {
        return Stream.of(
                arguments("rasande", "an exact term does not take endings"),
                arguments("add", "a cased acronym in lower case is an English word"),
                arguments("F90.01", "a longer code is another code"),
                arguments("missbrukshistorik", "no compound after a term"),
                arguments("diagnostik", "'tik' is not an inflection"),
                arguments("möbelplacering", "a weak term never ends a compound"),
                arguments("placering i kön", "a trap covers the term"),
                arguments("xmissbruk", "a compound needs a real first part"),
                arguments("missbruksmottagningen", "a unit's name is not a compound tail"),
                arguments("placeringsbeslut", "a weak term takes no compound tail"),
                arguments("sjukskriven.team@example.se", "inside an e-mail address"),
                arguments("hon har [DEPRESSION 1] sedan i våras", "a placeholder a redaction left"));
    }

    @ParameterizedTest(name = "[{index}] {0} ({2})")
    @MethodSource("rows")
    void finds(String text, String expected, String reason) {
        List<Match> matches = MATCHER.find(text);
        assertThat(matches).extracting(m -> text.substring(m.start(), m.end())).contains(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} ({1})")
    @MethodSource("nonRows")
    void does_not_find(String text, String reason) {
        assertThat(MATCHER.find(text)).isEmpty();
    }

    @Test
    void groups_expand_and_short_terms_are_exact() {
        List<Term> terms = LEXICON.terms();
        assertThat(terms).extracting(Term::text).contains("medlem i kommunal", "medlem i vision");
        assertThat(terms).filteredOn(t -> t.text().equals("ras")).allSatisfy(t -> assertThat(t.exact()).isTrue());
        assertThat(terms).filteredOn(t -> t.text().equals("placering i kön"))
                .allSatisfy(t -> assertThat(t.strength()).isEqualTo(Strength.TRAP));
    }

    @Test
    void every_shipped_lexicon_loads_with_strong_terms_and_traps() {
        for (String slug : List.of("halsa", "sociala-forhallanden", "lagovertradelse", "etniskt-ursprung", "politisk-asikt",
                "religion", "facklig-tillhorighet", "sexualliv", "genetik-biometri")) {
            Lexicon lexicon = Lexicon.load("lexicon/sensitive/" + slug + ".txt");
            assertThat(lexicon.terms()).as(slug).anySatisfy(t -> assertThat(t.strength()).isEqualTo(Strength.STRONG));
            assertThat(lexicon.terms()).as(slug).anySatisfy(t -> assertThat(t.strength()).isEqualTo(Strength.TRAP));
        }
    }

    /** Builds a lexicon from lines, through the same parser as the resource files. */
    private record LexiconForTest(List<String> lines) {
        Lexicon lexicon() {
            return Lexicon.of(Lexicon.parse(lines, "test"));
        }
    }
}
