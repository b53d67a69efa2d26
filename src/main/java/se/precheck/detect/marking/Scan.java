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
 * and its pattern. The same pass finds where the family's {@link Keywords} occur (a table of
 * their first two characters in lower case, then a comparison), so no detector makes a lower-case
 * copy of the text or searches it once per keyword.
 */
final class Scan {

    /** Every anchored pattern of the family; a pattern's index is its bit in {@link #MASKS}. */
    private static final List<Anchored> PATTERNS = patterns();
    private static final long ALL = PATTERNS.size() == 64 ? -1L : (1L << PATTERNS.size()) - 1;
    /** [first * 256 + second character] → the patterns that may begin with these two characters. */
    private static final long[] MASKS = masks();

    /** {@link #lower} of each Latin-1 character, and the same as a table index (0 beyond Latin-1). */
    private static final char[] LOWER = new char[256];
    private static final int[] LOWER_INDEX = new int[256];

    static {
        for (char c = 0; c < 256; c++) {
            LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c >= 128 ? Character.toLowerCase(c) : c;
            LOWER_INDEX[c] = LOWER[c] < 256 ? LOWER[c] : 0;
        }
    }

    /** Every keyword group of the family, and each of their words with its group. */
    private static final List<Keywords> GROUPS = groups();
    private static final char[][] WORDS;
    private static final boolean[] ANY_CASE;
    private static final int[] GROUP_OF;
    /** [first * 256 + second character, both in lower case] → the words that may begin with them. */
    private static final long[] WORD_MASKS = new long[256 * 256];

    static {
        List<char[]> words = new ArrayList<>();
        List<Integer> groupOf = new ArrayList<>();
        List<Boolean> anyCase = new ArrayList<>();
        for (int g = 0; g < GROUPS.size(); g++) {
            for (String w : GROUPS.get(g).words()) {
                words.add(w.toCharArray());
                groupOf.add(g);
                anyCase.add(GROUPS.get(g).anyCase());
            }
        }
        if (words.size() > 64) {
            throw new IllegalStateException("at most 64 keywords in the family");
        }
        WORDS = words.toArray(char[][]::new);
        GROUP_OF = groupOf.stream().mapToInt(Integer::intValue).toArray();
        ANY_CASE = new boolean[WORDS.length];
        for (int w = 0; w < WORDS.length; w++) {
            ANY_CASE[w] = anyCase.get(w);
            char[] word = WORDS[w];
            WORD_MASKS[tableIndex(word[0]) << 8 | tableIndex(word[1])] |= 1L << w;
        }
    }

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
    private final int[][] hits = new int[GROUPS.size()][];
    private final int[] hitCounts = new int[GROUPS.size()];
    private boolean scanned;

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

    private static List<Keywords> groups() {
        List<Keywords> all = new ArrayList<>(SecretTokenDetector.KEYWORDS);
        all.addAll(PasswordDetector.KEYWORDS);
        return List.copyOf(all);
    }

    /** The character in lower case: ASCII directly, beyond ASCII by Character.toLowerCase (same length, same offsets). */
    private static char lower(char c) {
        return c < 256 ? LOWER[c] : Character.toLowerCase(c);
    }

    /** The lower-case character as a table index; 0 (in no keyword) when beyond Latin-1. */
    private static int tableIndex(char c) {
        if (c < 256) {
            return LOWER_INDEX[c];
        }
        char l = Character.toLowerCase(c);
        return l < 256 ? l : 0;
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

    private void scan() {
        scanned = true;
        char[] chars = text.toCharArray();
        int n = chars.length;
        boolean inWord = false;
        int first = n > 0 ? tableIndex(chars[0]) : 0;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (i + 1 < n) {
                int second = tableIndex(chars[i + 1]);
                long words = WORD_MASKS[first << 8 | second];
                if (words != 0) {
                    keywordsAt(chars, i, words);
                }
                first = second;
            }
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

    private void keywordsAt(char[] chars, int i, long candidates) {
        for (long mask = candidates; mask != 0; mask &= mask - 1) {
            int w = Long.numberOfTrailingZeros(mask);
            if (wordAt(chars, i, WORDS[w], ANY_CASE[w])) {
                int g = GROUP_OF[w];
                int count = hitCounts[g];
                if (count == 0 || hits[g][count - 1] != i) {
                    hits[g] = append(hits[g], count, i);
                    hitCounts[g]++;
                }
            }
        }
    }

    private static boolean wordAt(char[] chars, int i, char[] word, boolean anyCase) {
        if (i + word.length > chars.length) {
            return false;
        }
        for (int j = 0; j < word.length; j++) {
            char c = chars[i + j];
            if ((anyCase ? lower(c) : c) != word[j]) {
                return false;
            }
        }
        return true;
    }

    private static int[] append(int[] list, int size, int value) {
        int[] out = list == null ? new int[16] : size == list.length ? Arrays.copyOf(list, size * 2) : list;
        out[size] = value;
        return out;
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

    /** Where a word of {@code keywords} begins, each place once, in increasing order. */
    int[] hits(Keywords keywords) {
        if (!scanned) {
            scan();
        }
        for (int g = 0; g < GROUPS.size(); g++) {
            if (GROUPS.get(g) == keywords) {
                return hits[g] == null ? new int[0] : Arrays.copyOf(hits[g], hitCounts[g]);
            }
        }
        throw new IllegalArgumentException("not keywords of the family: " + keywords.words());
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
            scan();
        }
        for (int p = 0; p < PATTERNS.size(); p++) {
            if (PATTERNS.get(p) == pattern) {
                return p;
            }
        }
        throw new IllegalArgumentException("not a pattern of the family: " + pattern.pattern());
    }
}
