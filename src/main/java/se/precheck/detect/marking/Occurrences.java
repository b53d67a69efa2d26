package se.precheck.detect.marking;

import java.util.List;

/**
 * The places where one of a few keywords occurs in a text, from left to right, found with
 * {@link String#indexOf(String, int)} (vectorised by the JVM) and one cursor per keyword. A cheap
 * literal pre-filter, as in gitleaks: a pattern is then run only where its keyword is.
 * For keywords in any case, search {@link #lowerCase(String)} of the text (same offsets).
 */
final class Occurrences {

    private static final int NONE = Integer.MAX_VALUE;

    private final String text;
    private final String[] keywords;
    /** The next known occurrence of each keyword; stale when below the position asked for. */
    private final int[] next;

    Occurrences(String text, List<String> keywords) {
        this.text = text;
        this.keywords = keywords.toArray(String[]::new);
        this.next = new int[this.keywords.length];
        java.util.Arrays.fill(next, -1);
    }

    /** The first occurrence of any keyword at or after {@code from}, or -1. */
    int next(int from) {
        int best = NONE;
        for (int w = 0; w < keywords.length; w++) {
            if (next[w] < from) {
                int at = text.indexOf(keywords[w], from);
                next[w] = at < 0 ? NONE : at;
            }
            best = Math.min(best, next[w]);
        }
        return best == NONE ? -1 : best;
    }

    /**
     * The text with every character in lower case, character by character so that offsets stay
     * those of the text (String.toLowerCase can change the length, e.g. for 'İ').
     */
    static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
            } else if (c >= 128) {
                chars[i] = Character.toLowerCase(c);
            }
        }
        return new String(chars);
    }
}
