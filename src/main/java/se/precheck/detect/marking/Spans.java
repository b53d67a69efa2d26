package se.precheck.detect.marking;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounded look-ups around a match: the sentence or line it sits in, and whether it stands alone
 * as a header. Every scan stops after {@link #MAX_REACH} characters, so checks stay linear.
 */
final class Spans {

    static final int MAX_REACH = 300;

    /** A label that may stand before a header on its line: "OBS!", "Ämne:", "Märkning:". */
    private static final Pattern HEADER_LABEL = Pattern.compile(
            "(?iu)(?:obs!?|observera|ämne|subject|rubrik|angående|ang\\.|re|sv|fw|vb|märkning|marking|klassning|klassificering|classification|säkerhetsskyddsklass)\\s{0,3}[:!]?");

    private Spans() {
    }

    /** Start of the sentence holding {@code pos}: after the last sentence end, at most MAX_REACH back. */
    static int sentenceStart(String text, int pos) {
        int limit = Math.max(0, pos - MAX_REACH);
        for (int i = pos - 1; i >= limit; i--) {
            if (isSentenceEnd(text, i)) {
                return i + 1;
            }
        }
        return limit;
    }

    /** End (exclusive) of the sentence holding {@code pos}, at most MAX_REACH ahead. */
    static int sentenceEnd(String text, int pos) {
        int limit = Math.min(text.length(), pos + MAX_REACH);
        for (int i = pos; i < limit; i++) {
            if (isSentenceEnd(text, i)) {
                return i;
            }
        }
        return limit;
    }

    /**
     * A line break, '!' or '?', or a '.' followed by space and an upper-case letter (so "26 kap. 1 §"
     * and "t.ex. barnet" do not end a sentence).
     */
    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r' || c == '!' || c == '?') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        int j = i + 1;
        if (j >= text.length()) {
            return true;
        }
        if (text.charAt(j) != ' ') {
            return false;
        }
        while (j < text.length() && j < i + 4 && text.charAt(j) == ' ') {
            j++;
        }
        return (j >= text.length() || Character.isUpperCase(text.charAt(j))) && !isAbbreviation(text, i);
    }

    /** Abbreviations of legal references and notes whose '.' ends no sentence: "26 kap. OSL", "enl. OSL", "jfr. OSL". */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "kap", "st", "enl", "jfr", "resp", "ang", "p", "nr", "ch", "sec");

    private static boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && dot - s < 4 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        if (s == dot || (s > 0 && Character.isLetter(text.charAt(s - 1)))) {
            return false;
        }
        for (String a : ABBREVIATIONS) {
            if (a.length() == dot - s && text.regionMatches(true, s, a, 0, a.length())) {
                return true;
            }
        }
        return false;
    }

    static int lineStart(String text, int pos) {
        int limit = Math.max(0, pos - MAX_REACH);
        for (int i = pos - 1; i >= limit; i--) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return i + 1;
            }
        }
        return limit;
    }

    static int lineEnd(String text, int pos) {
        int limit = Math.min(text.length(), pos + MAX_REACH);
        for (int i = pos; i < limit; i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return i;
            }
        }
        return limit;
    }

    /**
     * True when {@code [start, end)} stands as a header or stamp: only punctuation, bullets or an
     * e-mail subject label before it on its line, and after it only punctuation or a separator
     * (':' or '-') that introduces the rest of the line.
     */
    static boolean isHeader(String text, int start, int end) {
        int from = lineStart(text, start);
        while (from < start && Character.isWhitespace(text.charAt(from))) {
            from++; // as String.strip() would
        }
        int to = start;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        Matcher label = HEADER_LABEL.matcher(text).region(from, to);
        for (int i = label.lookingAt() ? label.end() : from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        int lineEnd = lineEnd(text, end);
        for (int i = end; i < lineEnd; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '-' || c == '/' || c == '|') {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** True when every letter in {@code [start, end)} is upper case and there is at least one. */
    static boolean isUpperCase(String text, int start, int end) {
        boolean letter = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    /**
     * True when the line around {@code [start, end)} is written mostly in capitals (shouting or an
     * all-caps heading with many words), so one more upper-case word there says little.
     */
    static boolean isShoutingLine(String text, int start, int end) {
        int from = lineStart(text, start);
        int to = lineEnd(text, end);
        int letters = 0;
        int upper = 0;
        for (int i = from; i < to; i++) {
            if (i >= start && i < end) {
                continue;
            }
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 25 && upper * 10 >= letters * 8;
    }

    // A form field whose answer is still to be chosen: "Sekretess: Ja/Nej", "Skyddad identitet: Ja ☐ Nej ☐", "J / N".
    private static final java.util.regex.Pattern BLANK_CHOICE = java.util.regex.Pattern.compile(
            "\\s{0,3}+[:=?]?\\s{0,3}+(?:ja|j|yes|y)\\s{0,3}+(?:[/|]|[\\[\\]()_☐□◻▢ ]{1,6}+)\\s{0,3}+(?:nej|n|no)(?![\\p{L}])",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** Whether a yes/no choice not yet made follows {@code end}. */
    static boolean isBlankChoice(String text, int end) {
        return BLANK_CHOICE.matcher(text).region(end, Math.min(text.length(), end + 24)).lookingAt();
    }
}
