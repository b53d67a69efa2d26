package se.precheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one-pass search must give every pattern exactly the matches successive find() calls give. */
class PatternSetTest {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** Aggregation's own patterns, and shapes the probing must handle or leave to find(). */
    private static List<Pattern> patterns() {
        List<Pattern> out = new ArrayList<>(Aggregation.patterns());
        Stream.of("\\b", "x*", "(?<=han )\\p{L}{2,}", "(?m)^hon\\b", "\\Bhon", "\\d+(?=\\s?år)", "år$", "\\s{2,}",
                        "é\\p{Lu}", "[а-я]{2}", "\\R",
                        // leading literals: a group, a plain run, a run whose last letter is optional
                        "(?:hon|han) \\p{L}{2,}", "\\bgår i (ettan|tvåan)", "elvaåring?", "\\bi byn\\b", "år\\b")
                .map(r -> Pattern.compile(r, FLAGS)).forEach(out::add);
        out.add(Pattern.compile("\\bhon\\b")); // no UNICODE_CHARACTER_CLASS: plain find()
        out.add(Pattern.compile("^hon\\b", FLAGS | Pattern.MULTILINE));
        return out;
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("sentences", "Pojken är 11 år och går i klass 5B. Han bor i Vikmanshyttan med sin mamma och tre syskon.\n"
                        + "En kvinna, 54 år, som arbetar som undersköterska på boendet, omkom i en trafikolycka den 3 mars. "
                        + "Hon gick på Vasaskolan. 2020-01-31 flyttade till Hedemora. HAN är ELVAÅRING och i byn."),
                Arguments.of("at the ends", "hon"),
                Arguments.of("empty", ""),
                Arguments.of("unusual characters", "Ångström\u0301han \uD835\uDC00hon é\u0308Är 12\u00A0år ха Hon\u200Bhan ﬁhon _hon hon_ 1år"),
                Arguments.of("random", random(new Random(7), 20_000)),
                Arguments.of("random again", random(new Random(11), 20_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void gives_each_pattern_the_matches_of_find(String name, String text) {
        List<Pattern> patterns = patterns();
        int[][] starts = new PatternSet(patterns).matchStarts(text);
        for (int i = 0; i < patterns.size(); i++) {
            assertThat(starts[i]).as(patterns.get(i).pattern()).containsExactly(findStarts(patterns.get(i), text));
        }
    }

    @Test
    void finds_matches_at_all() {
        int[][] starts = new PatternSet(List.of(Pattern.compile("\\bhon\\b", FLAGS))).matchStarts("Hon sa: hon, honom, HON.");
        assertThat(starts[0]).containsExactly(0, 8, 20);
    }

    private static int[] findStarts(Pattern p, String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start());
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Words the patterns look for, their pieces, digits and odd characters, glued and spaced at random. */
    private static String random(Random random, int length) {
        String[] pieces = {"hon", "han", "Hon", "HAN", "hennes", "eleven", "en", "pojke", "ett", "elev", "12", "3", "år", "åring",
                "elvaåring", "åriga", "klass", "åk", "4b", "går i", "ettan", "Vasa", "skolan", "förskolan", "arbetar", "som", "på",
                "avdelning", "bor", "i", "Hedemora", "byn", "gift", "tre", "barn", "sin", "mamma", "flickan", "olycka", "kom till sverige",
                "januari", "2020-01-31", "19", "-", " ", " ", " ", "\n", ".", ",", "_", "\u0301", "é", "É", "ä", "Å", "х", "\u00A0",
                "\uD835\uDC00", "\u200B", "x", "Ö", "ﬁ"};
        StringBuilder out = new StringBuilder(length + 40);
        while (out.length() < length) {
            out.append(pieces[random.nextInt(pieces.length)]);
            if (random.nextInt(3) == 0) {
                out.append(' ');
            }
        }
        return out.toString();
    }
}
