package se.precheck.detect.contact;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Small bounded look-ups around a match that the detectors of this family share. */
final class Spans {

    private Spans() {
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** True when the character before {@code start} does not continue a word or number. */
    static boolean freeBefore(String s, int start) {
        if (start == 0) {
            return true;
        }
        char c = s.charAt(start - 1);
        if (isWordChar(c)) {
            return false;
        }
        // "3,070…" or "1.070…": a decimal or a dotted number, not the start of a new one.
        return !((c == '.' || c == ',' || c == '-' || c == '/') && start >= 2 && Character.isDigit(s.charAt(start - 2)));
    }

    /** True when the character at {@code end} does not continue a word or number. */
    static boolean freeAfter(String s, int end) {
        if (end >= s.length()) {
            return true;
        }
        char c = s.charAt(end);
        if (isWordChar(c)) {
            return false;
        }
        return !((c == '.' || c == ',' || c == '-' || c == '/') && end + 1 < s.length() && Character.isDigit(s.charAt(end + 1)));
    }

    /** The text of {@code [from, to)} clamped to the string. */
    static String window(String s, int from, int to) {
        return s.substring(Math.max(0, from), Math.min(s.length(), to));
    }

    /** True for a plausible calendar day and month (1–31, 1–12). */
    static boolean dayMonth(int day, int month) {
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }

    /** True when six digits read as YYMMDD with a plausible month and day. */
    static boolean yymmdd(String six) {
        if (six.length() != 6) {
            return false;
        }
        int month = Integer.parseInt(six.substring(2, 4));
        int day = Integer.parseInt(six.substring(4, 6));
        // 61–91: samordningsnummer add 60 to the day.
        return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
    }

    /**
     * A look-ahead for the first letters of {@code words} in both cases, put before an alternation so
     * that a scan fails at once where no word can start.
     */
    static String startsWithOneOf(Collection<String> words) {
        StringBuilder b = new StringBuilder("(?=[");
        for (String w : words) {
            for (String c : List.of(w.substring(0, 1).toLowerCase(Locale.ROOT), w.substring(0, 1).toUpperCase(Locale.ROOT))) {
                b.append(Character.isLetterOrDigit(c.charAt(0)) ? "" : "\\").append(c);
            }
        }
        return b.append("])").toString();
    }
}
