package se.precheck.detect.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The four lanes a long text is read in find exactly what one lane finds, in the same order, also
 * when a lane's part begins inside a phrase, a word or a run of white space.
 */
class KeyEndScanTest {

    private static final LexiconMatcher MATCHER = new LexiconMatcher(SensitiveDetectors.KINDS.stream()
            .map(k -> Lexicon.load("lexicon/sensitive/" + k.slug() + ".txt")).toList());

    /** Pieces of text with terms, phrases split by line breaks and runs of spaces, and words around them. */
    private static final String[] PIECES = {
        "psykisk ohälsa", "psykisk\n\nohälsa", "psykisk   \n ohälsa", "alkoholmissbruket", "ADHD", "diagnosen",
        "Hon ", "har ", "en ", "\n", "\n\n", "   ", "\t", ". ", ", ", "medlem i Kommunal", "LVU", "sjukskriven",
        "dömd för rattfylleri", "x", "ö", "-", "12 ", "depression", " "};

    @Test
    void four_lanes_find_what_one_lane_finds() {
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            StringBuilder text = new StringBuilder();
            int length = KeyEndScan.SHORTEST_FOR_LANES + random.nextInt(20_000);
            while (text.length() < length) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            char[] chars = text.toString().toCharArray();
            assertThat(MATCHER.keysEnding(chars, true)).isEqualTo(MATCHER.keysEnding(chars, false));
        }
    }

    @Test
    void a_short_text_is_read_in_one_lane() {
        char[] chars = "Hon har psykisk\n\nohälsa.".toCharArray();
        assertThat(MATCHER.keysEnding(chars, true)).isEqualTo(MATCHER.keysEnding(chars, false));
        assertThat(MATCHER.keysEnding(chars, true)[0]).isGreaterThan(1);
    }
}
