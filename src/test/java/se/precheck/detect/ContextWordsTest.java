package se.precheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading the text in place must answer exactly as searching a lower-cased copy of the window did. */
class ContextWordsTest {

    private static final String[] PIECES = {"pnr", "Pnr", "PNR", "personnummer", "född", "Född", "född1990", "födde", "hälsningar",
            "mvh", "MVH", "vh", "den anställde", "Den Anställde", "ä", "Ä", "x", "1", " ", " ", "\n", ".", ":", "-", "_", "İ", "Σ",
            "σ", "ς", "\uD801\uDC00", "\uD835\uDC00", "é", "É", "ǅ", "K", "ß", "ﬁ", "ϒ", "i\u0307"};

    static Stream<Arguments> wordSets() {
        return Stream.of(
                Arguments.of(Set.of("pnr", "personnummer", "född*")),
                Arguments.of(Set.of("mvh", "vh", "hälsning*", "den anställde", "ä")),
                Arguments.of(Set.of("σ", "ς", "i", "i\u0307", "\uD801\uDC28", "ǆ", "ß", "k")),
                Arguments.of(Set.of("Pnr", "MVH", "x*", "1", "-", ":*")),
                Arguments.of(Set.of("*", "pnr")),
                Arguments.of(Set.of("")),
                Arguments.of(Set.<String>of()));
    }

    @ParameterizedTest
    @MethodSource("wordSets")
    void answers_as_the_lower_cased_window_does(Set<String> words) {
        ContextWords context = new ContextWords(words);
        Random random = new Random(words.hashCode());
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            assertThat(context.inWindow(s, from, to)).as("%s in [%d, %d) of %s", words, from, to, s)
                    .isEqualTo(reference(words, s, from, to));
            int start = random.nextInt(s.length() + 1);
            int end = start + random.nextInt(s.length() - start + 1);
            assertThat(context.near(s, start, end, 5, 3)).isEqualTo(
                    reference(words, s, Math.max(0, start - 5), start) || reference(words, s, end, Math.min(s.length(), end + 3)));
        }
    }

    /** The search as it was: lower-case a copy of the window and look for each word in it. */
    private static boolean reference(Set<String> words, String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        String window = text.substring(from, to).toLowerCase(Locale.ROOT);
        for (String w : words) {
            boolean prefix = w.endsWith("*");
            String word = prefix ? w.substring(0, w.length() - 1) : w;
            for (int at = window.indexOf(word); at >= 0; at = at < window.length() ? window.indexOf(word, at + 1) : -1) {
                int after = at + word.length();
                boolean startOk = at == 0 || !Character.isLetterOrDigit(window.charAt(at - 1));
                boolean endOk = prefix || after >= window.length() || !Character.isLetterOrDigit(window.charAt(after));
                if (startOk && endOk) {
                    return true;
                }
            }
        }
        return false;
    }
}
