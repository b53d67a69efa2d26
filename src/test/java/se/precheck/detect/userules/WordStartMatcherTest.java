package se.precheck.detect.userules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The word-start matcher only skips work: on any text it must find exactly what the phrase
 * lists' plain regex finds when tried at every word start. The text is made of the lists' own
 * words in random order, case and spacing, so that most first words stand where a phrase almost
 * matches.
 */
class WordStartMatcherTest {

    private static final List<String> FILES = List.of("direct", "assessment", "employment", "position", "english");

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void findsWhatThePlainRegexFinds(int seed) {
        PhraseTemplates templates = PhraseTemplates.withMacros("decision/macros.txt");
        List<String> lines = new ArrayList<>();
        for (String f : FILES) {
            for (String line : Lexicon.lines("decision/" + f + ".txt")) {
                lines.add(line.startsWith("~ ") || line.startsWith("? ") ? line.substring(2) : line);
            }
        }
        String text = text(lines, new Random(seed));
        List<int[]> expected = plainRegex(templates.compile(lines), text);
        List<int[]> actual = templates.matcher(lines).find(text, Integer.MAX_VALUE);
        assertThat(actual).extracting(m -> m[0] + ".." + m[1])
                .isEqualTo(expected.stream().map(m -> m[0] + ".." + m[1]).toList());
        assertThat(actual).isNotEmpty();
    }

    /**
     * The detector's index with the next-word gate (several phrase lists, one scan) skips only
     * word starts where nothing matches: each list finds there what its plain regex finds.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void theNextWordGateSkipsOnlyWhatCannotMatch(int seed) {
        PhraseTemplates templates = PhraseTemplates.withMacros("decision/macros.txt");
        List<List<String>> lists = new ArrayList<>();
        List<String> allLines = new ArrayList<>();
        for (String f : FILES) {
            List<String> lines = new ArrayList<>();
            for (String line : Lexicon.lines("decision/" + f + ".txt")) {
                lines.add(line.startsWith("~ ") || line.startsWith("? ") ? line.substring(2) : line);
            }
            lists.add(lines);
            allLines.addAll(lines);
        }
        // The macros' words too, so that many-word alternatives ("den sökande") stand in the text.
        for (String role : Lexicon.lines("decision/case-roles.txt")) {
            allLines.add(role);
        }
        String text = text(allLines, new Random(seed));
        List<WordStartMatcher> matchers = lists.stream().map(templates::matcher).toList();
        WordStartIndex.Scan scan = new WordStartIndex(matchers, true).scan(text);
        int found = 0;
        for (int k = 0; k < lists.size(); k++) {
            List<int[]> expected = plainRegex(templates.compile(lists.get(k)), text);
            List<int[]> actual = scan.find(matchers.get(k), text.length(), Integer.MAX_VALUE);
            assertThat(actual).extracting(m -> m[0] + ".." + m[1])
                    .isEqualTo(expected.stream().map(m -> m[0] + ".." + m[1]).toList());
            found += actual.size();
        }
        assertThat(found).isPositive();
    }

    /**
     * A phrase that starts with a name of one or two words is let through by the word after the
     * name: the next word when the name is one word, the word after a capitalised next word when
     * it is two. Each row must find what the plain regex finds.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Anna Lind har rätt till bistånd?",            // two-word name, then the phrase
        "Anna har rätt till bistånd?",                 // one-word name
        "Anna Lind Erik har rätt till bistånd?",       // three capitalised words before the phrase
        "Möte Med Anna Lind har rätt till stöd",       // capitalised words that are no name before it
        "Anna Lind\nhar rätt till stöd",               // a line break between the name and the phrase
        "Anna Lind.  Har rätt till stöd",              // a full stop: no phrase
        "Anna Lind      har rätt till stöd"            // too many spaces for one phrase
    })
    void aPhraseAfterANameOfTwoWordsIsTried(String text) {
        PhraseTemplates templates = PhraseTemplates.withMacros("decision/macros.txt");
        List<List<String>> lists = new ArrayList<>();
        for (String f : FILES) {
            List<String> lines = new ArrayList<>();
            for (String line : Lexicon.lines("decision/" + f + ".txt")) {
                lines.add(line.startsWith("~ ") || line.startsWith("? ") ? line.substring(2) : line);
            }
            lists.add(lines);
        }
        List<WordStartMatcher> matchers = lists.stream().map(templates::matcher).toList();
        WordStartIndex.Scan scan = new WordStartIndex(matchers, true).scan(text);
        for (int k = 0; k < lists.size(); k++) {
            List<int[]> expected = plainRegex(templates.compile(lists.get(k)), text);
            List<int[]> actual = scan.find(matchers.get(k), text.length(), Integer.MAX_VALUE);
            assertThat(actual).extracting(m -> m[0] + ".." + m[1])
                    .isEqualTo(expected.stream().map(m -> m[0] + ".." + m[1]).toList());
        }
    }

    /** Non-overlapping matches of {@code p} tried at every word start, leftmost first. */
    private static List<int[]> plainRegex(Pattern p, String t) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(t);
        m.useTransparentBounds(true);
        int i = 0;
        while (i < t.length()) {
            if (Character.isLetter(t.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))
                    && m.region(i, t.length()).lookingAt()) {
                out.add(new int[] {i, m.end()});
                i = Math.max(m.end(), i + 1);
            } else {
                i++;
            }
        }
        return out;
    }

    /** Words of the templates (and names, pronouns, endings) in random order, case and spacing. */
    private static String text(List<String> lines, Random r) {
        List<String> words = new ArrayList<>(List.of("Anna", "Lind", "Erik", "hon", "han", "hen", "honom", "henne",
                "barnet", "sökanden", "eleven", "vi", "jag", "du", "ska", "kan", "bör", "få", "det", "den", "de",
                "Vem", "Vad", "Hur", "Det", "Copilot", "cv:n", "W3D3", "123"));
        for (String line : lines) {
            for (String token : line.split("\\s+")) {
                for (String alt : token.split("\\|")) {
                    String w = alt.replace("?", "").replace("*", r.nextBoolean() ? "" : "ade").replace('_', ' ');
                    if (!w.isBlank() && !w.startsWith("{") && !w.startsWith("~")) {
                        words.add(w);
                    }
                }
            }
        }
        String[] gaps = {" ", " ", " ", " ", "  ", "\n", ", ", ". ", "? ", " - ", "\t", "     "};
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 20_000; k++) {
            String w = words.get(r.nextInt(words.size()));
            int c = r.nextInt(10);
            sb.append(c == 0 ? w.toUpperCase(Locale.ROOT) : c == 1 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
            sb.append(gaps[r.nextInt(gaps.length)]);
        }
        return sb.toString();
    }
}
