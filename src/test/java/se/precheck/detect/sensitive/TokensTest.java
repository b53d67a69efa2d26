package se.precheck.detect.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words split only near the terms are the words of the whole text there: same spans, same
 * sentence and paragraph breaks, for every paragraph that holds a term and the words the person
 * look-up reads around it.
 */
class TokensTest {

    private static final String[] PIECES = {
        "Hon ", "har ", "diabetes", "\n", "\n\n", " \n \n", "   ", ". ", "! ", "? ", ", ", "8 år", "F90.0", "1,5",
        "Kalle ", "x", "ö", "-", "12 ", "\t"};

    @Test
    void words_near_spans_are_the_whole_text_words() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int length = 50 + random.nextInt(2000);
            while (b.length() < length) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            List<int[]> spans = new ArrayList<>();
            for (int at = text.indexOf("diabetes"); at >= 0; at = text.indexOf("diabetes", at + 1)) {
                spans.add(new int[] {at, at + "diabetes".length()});
            }
            int[] starts = spans.stream().mapToInt(s -> s[0]).toArray();
            int[] ends = spans.stream().mapToInt(s -> s[1]).toArray();
            Tokens whole = Tokens.of(text);
            Tokens near = Tokens.near(text, text.toCharArray(), starts, ends);
            for (int k = 0; k < starts.length; k++) {
                int w = whole.indexAt(starts[k]);
                int n = near.indexAt(starts[k]);
                // The whole paragraph before, one word before it, the paragraph after up to three words into the next.
                int from = w;
                while (from > 0 && !whole.paragraphBefore[from]) from--;
                int to = w;
                while (to + 1 < whole.size && !whole.paragraphBefore[to + 1]) to++;
                for (int d = from - w; d <= to - w + 3 && w + d < whole.size; d++) {
                    if (w + d < 0) continue;
                    assertThat(near.start[n + d]).as("start of word %d around span %d in %s", d, k, text).isEqualTo(whole.start[w + d]);
                    assertThat(near.end[n + d]).isEqualTo(whole.end[w + d]);
                    if (d > from - w) {
                        assertThat(near.sentenceBefore[n + d]).isEqualTo(whole.sentenceBefore[w + d]);
                        assertThat(near.paragraphBefore[n + d]).isEqualTo(whole.paragraphBefore[w + d]);
                    }
                }
                if (from > 0) {
                    assertThat(near.start[n + from - w - 1]).isEqualTo(whole.start[from - 1]); // the word before the paragraph
                }
            }
        }
    }

    /** Whether a sentence breaks right before {@code word}, and why. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "utökas m. kvällsbesök fr.o.m. v.12, trygghetslarm   | kvällsbesök | false | 'm.' is an abbreviation, the note goes on",
        "hemtj. hos fru Lindgren                             | hos         | false | 'hemtj.' is listed",
        "trygghetslarm installerat. dottern ringer           | dottern     | true  | a long word ends the sentence, however it goes on",
        "Hon är 8 år. Hon har diabetes                        | Hon         | true  | a capital starts a new sentence",
        "vi ses kl. 13 i morgon                               | 13          | true  | digits are not lower case: kept as a break",
        "Hon frågade om mig! hon ville veta                   | hon         | true  | only a full stop can end an abbreviation"})
    void full_stops_of_abbreviations_do_not_end_the_sentence(String text, String word, boolean breaks, String reason) {
        Tokens t = Tokens.of(text);
        int at = t.indexAt(text.lastIndexOf(word));
        assertThat(t.sentenceBefore[at]).as(reason).isEqualTo(breaks);
    }
}
