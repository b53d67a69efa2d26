package se.precheck.detect.marking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One pass over a text, shared by every detector of this family ({@link MarkingFamilyDetector}):
 * for each anchored pattern of the family, the word starts where one of its matches can begin.
 * The test at a word start is a table look-up on its first two characters (built once from the
 * patterns' {@link Anchored.Start}s), so a pattern is later tried at a few hundred places instead
 * of at every word. The test is necessary, not sufficient: {@link Anchored} still asks its start
 * and its pattern. The lower-case copy of the text that the keyword pre-filters search is made at
 * most once per text, too.
 */
final class Scan {

    /** Every anchored pattern of the family; a pattern's index is its bit in {@link #MASKS}. */
    private static final List<Anchored> PATTERNS = patterns();
    private static final long ALL = PATTERNS.size() == 64 ? -1L : (1L << PATTERNS.size()) - 1;
    /** [first * 256 + second character] → the patterns that may begin with these two characters. */
    private static final long[] MASKS = masks();

    /** Character.isLetterOrDigit for Latin-1 (Swedish letters included), looked up. */
    private static final boolean[] LATIN1_WORD = new boolean[256];

    static {
        for (char c = 0; c < 256; c++) {
            LATIN1_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private final String text;
    private final int[][] starts = new int[PATTERNS.size()][];
    private final int[] sizes = new int[PATTERNS.size()];
    private boolean scanned;
    private String lower;

    private Scan(String text) {
        this.text = text;
    }

    private static List<Anchored> patterns() {
        List<Anchored> all = new ArrayList<>();
        all.addAll(SecrecyMarkingDetector.ANCHORED);
        all.addAll(SecurityClassificationDetector.ANCHORED);
        all.addAll(ProtectedIdentityDetector.ANCHORED);
        all.addAll(PasswordDetector.ANCHORED);
        if (all.size() > 64) {
            throw new IllegalStateException("at most 64 anchored patterns in the family");
        }
        return List.copyOf(all);
    }

    private static long[] masks() {
        long[] masks = new long[256 * 256];
        for (int p = 0; p < PATTERNS.size(); p++) {
            Anchored.Start start = PATTERNS.get(p).starts();
            for (char first = 0; first < 256; first++) {
                if (!start.mayBeginWith(first)) {
                    continue;
                }
                for (char second = 0; second < 256; second++) {
                    if (start.mayBeginWith(first, second)) {
                        masks[first << 8 | second] |= 1L << p;
                    }
                }
            }
        }
        return masks;
    }

    /** A scan of {@code text}; the pass over it runs when a pattern first asks for its starts. */
    static Scan of(String text) {
        return new Scan(text);
    }

    private void scanWordStarts() {
        scanned = true;
        char[] chars = text.toCharArray();
        int n = chars.length;
        boolean inWord = false;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            boolean letterOrDigit = c < 256 ? LATIN1_WORD[c] : Character.isLetterOrDigit(c);
            if (letterOrDigit && !inWord) {
                // beyond Latin-1 or at the very end the table cannot tell: every pattern asks
                long mask = c < 256 && i + 1 < n && chars[i + 1] < 256 ? MASKS[c << 8 | chars[i + 1]] : ALL;
                for (; mask != 0; mask &= mask - 1) {
                    add(Long.numberOfTrailingZeros(mask), i);
                }
            }
            inWord = letterOrDigit;
        }
    }

    private void add(int pattern, int position) {
        int[] list = starts[pattern];
        if (list == null) {
            list = starts[pattern] = new int[16];
        } else if (sizes[pattern] == list.length) {
            list = starts[pattern] = Arrays.copyOf(list, list.length * 2);
        }
        list[sizes[pattern]++] = position;
    }

    String text() {
        return text;
    }

    /** The text in lower case, character by character (same offsets), made once. */
    String lowerCase() {
        if (lower == null) {
            lower = Occurrences.lowerCase(text);
        }
        return lower;
    }

    /** How many candidate starts {@code pattern} has. */
    int count(Anchored pattern) {
        return sizes[index(pattern)];
    }

    /** The candidate starts of {@code pattern}, in increasing order; the first {@link #count} are valid. */
    int[] starts(Anchored pattern) {
        int[] list = starts[index(pattern)];
        return list == null ? new int[0] : list;
    }

    private int index(Anchored pattern) {
        if (!scanned) {
            scanWordStarts();
        }
        for (int p = 0; p < PATTERNS.size(); p++) {
            if (PATTERNS.get(p) == pattern) {
                return p;
            }
        }
        throw new IllegalArgumentException("not a pattern of the family: " + pattern.pattern());
    }
}
