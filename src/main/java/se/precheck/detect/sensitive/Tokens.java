package se.precheck.detect.sensitive;

import java.util.Arrays;

/**
 * The words of a text (runs of letters and digits) with where sentences and paragraphs break
 * between them. Built only when a lexicon term was found, in one pass.
 */
final class Tokens {

    /** Abbreviations longer than three letters that staff end with a full stop ("hemtj.", "resp."); shorter lower-case words always may. */
    private static final java.util.Set<String> ABBREVIATIONS = abbreviations();
    private static final int SHORT_ABBREVIATION = 3;

    /** Character.isLetterOrDigit for every char, as a table: the tokeniser reads every character of the text. */
    private static final boolean[] LETTER_OR_DIGIT = letterOrDigit();

    final String text;
    final int size;
    final int[] start;
    final int[] end;
    /**
     * A sentence ends between token i-1 and i ('.', '!', '?' followed by space, or a line break),
     * but not at the full stop of an abbreviation when the next word goes on in lower case
     * ("utökas m. kvällsbesök fr.o.m. v.12", "hemtj. hos fru Lindgren").
     */
    final boolean[] sentenceBefore;
    /** A blank line lies between token i-1 and i. */
    final boolean[] paragraphBefore;
    /** Each token in lower case, made when first asked for (the person look-up reads a window of words per term). */
    private final String[] lower;
    /** What each word says about a person, once asked (0 = not yet): codes of {@link PersonReference}, which asks again for every term nearby. */
    final byte[] linkBefore;
    final byte[] linkAfter;
    /** Whether each word is a topic word, once asked: 0 not yet, 1 no, 2 yes. */
    final byte[] topicWord;
    /** Whether each word is all digits, once asked: 0 not yet, 1 no, 2 yes (the person look-up asks for every word it passes). */
    private final byte[] digits;

    private Tokens(String text, int size, int[] start, int[] end, boolean[] sentenceBefore, boolean[] paragraphBefore) {
        this.text = text;
        this.size = size;
        this.start = start;
        this.end = end;
        this.sentenceBefore = sentenceBefore;
        this.paragraphBefore = paragraphBefore;
        this.lower = new String[size];
        this.linkBefore = new byte[size];
        this.linkAfter = new byte[size];
        this.topicWord = new byte[size];
        this.digits = new byte[size];
    }

    /** The words of the whole text. */
    static Tokens of(String text) {
        char[] chars = text.toCharArray(); // an array reads faster than charAt on a UTF-16 string
        Scanner scan = new Scanner(text, chars, chars.length / 6); // about one word per six characters: few copies
        scan.emitUntil(Integer.MAX_VALUE);
        return scan.tokens();
    }

    /** How many words past the end of a paragraph the person look-up may read ("8 år och äldre": up to three). */
    private static final int WORDS_PAST_PARAGRAPH = 3;

    /**
     * The words of only the paragraphs that hold the given spans (sorted by start), each with the
     * word before it and three words after it: the person look-up never walks past a blank line,
     * and looks at most one word before and three words after the one it judges. Ordinary text
     * has few terms, so most of it is never split into words. Indices differ from {@link #of},
     * but words keep their order, and within each paragraph every word sees the same
     * neighbours and breaks as in the whole text.
     */
    static Tokens near(String text, char[] chars, int[] spanStarts, int[] spanEnds) {
        Scanner scan = new Scanner(text, chars, 64 * spanStarts.length);
        int completeBefore = 0; // words [0, completeBefore) have their paragraph and the words past it scanned
        for (int k = 0; k < spanStarts.length; k++) {
            int first = firstLetterOrDigit(chars, spanStarts[k]);
            if (first >= chars.length) {
                continue;
            }
            if (first >= scan.pos) {
                scan.startAt(paragraphStartWithWordBefore(chars, first, scan.pos));
            }
            int last = scan.emitPast(Math.max(spanEnds[k] - 1, first));
            if (last < completeBefore) {
                continue;
            }
            int next = scan.nextParagraph(last);
            scan.emitCount(next + WORDS_PAST_PARAGRAPH);
            completeBefore = next;
        }
        return scan.tokens();
    }

    private static int firstLetterOrDigit(char[] chars, int from) {
        int i = from;
        while (i < chars.length && !LETTER_OR_DIGIT[chars[i]]) i++;
        return i;
    }

    /**
     * Where to start reading so that the paragraph holding position {@code at} (a letter or digit)
     * is read whole, with the word before it: the start of that word, or {@code floor} (where
     * reading stopped, right after a word) when the paragraph or that word reaches back to it.
     */
    private static int paragraphStartWithWordBefore(char[] chars, int at, int floor) {
        int newlines = 0;
        int afterRun = at;
        int k = at - 1;
        for (; k >= floor; k--) {
            char c = chars[k];
            if (LETTER_OR_DIGIT[c]) {
                if (newlines > 1) break;
                newlines = 0;
                afterRun = k;
            } else if (c == '\n') {
                newlines++;
            }
        }
        if (newlines < 2) {
            return floor; // no blank line between where reading stopped and the paragraph
        }
        // k is the last character of the word before the paragraph (or below floor): read back to its start.
        while (k >= floor && isWordChar(chars, k)) k--;
        return Math.max(floor, k + 1);
    }

    /** Reads words from left to right; may skip ahead, after which the first word's breaks are not meaningful. */
    private static final class Scanner {
        private final String text;
        private final char[] chars;
        int pos;
        private int n;
        private int[] start;
        private int[] end;
        private boolean[] sentence;
        private boolean[] paragraph;
        private boolean sentenceBreak = true;
        private int newlines;
        private boolean stop;
        /** The last stop was a '.' right after the word before: perhaps an abbreviation. */
        private boolean abbreviationStop;

        Scanner(String text, char[] chars, int expectedWords) {
            this.text = text;
            this.chars = chars;
            int cap = Math.max(16, Math.min(expectedWords, chars.length / 6));
            start = new int[cap];
            end = new int[cap];
            sentence = new boolean[cap];
            paragraph = new boolean[cap];
        }

        /** Skips ahead to {@code at}, the start of a word (or where reading stopped). */
        void startAt(int at) {
            if (at > pos) {
                pos = at;
                sentenceBreak = true;
                newlines = 2;
                stop = false;
            }
        }

        /** Reads words until one ends after {@code offset}; its index (or the count, at the end of the text). */
        int emitPast(int offset) {
            if (n > 0 && end[n - 1] > offset) {
                return indexAt(offset);
            }
            while (next()) {
                if (end[n - 1] > offset) return n - 1;
            }
            return n;
        }

        /** The index of the first word after {@code index} that starts a paragraph, reading as needed (or the count at the end). */
        int nextParagraph(int index) {
            int i = index + 1;
            while (i < n || next()) {
                if (paragraph[i]) return i;
                i++;
            }
            return n;
        }

        void emitCount(int count) {
            while (n < count && next()) {
                // reading
            }
        }

        void emitUntil(int offset) {
            while (pos < Math.min(offset, chars.length) && next()) {
                // reading
            }
        }

        private int indexAt(int offset) {
            return firstEndingAfter(end, n, offset);
        }

        /** Reads the next word; false at the end of the text. */
        private boolean next() {
            int i = pos;
            while (i < chars.length) {
                char c = chars[i];
                if (LETTER_OR_DIGIT[c]) {
                    int s = i;
                    while (i < chars.length && isWordChar(chars, i)) i++;
                    add(s, i);
                    pos = i;
                    return true;
                }
                if (c == '\n') {
                    newlines++;
                } else if (c == '.' || c == '!' || c == '?') {
                    stop = true;
                    abbreviationStop = c == '.' && n > 0 && end[n - 1] == i;
                } else if (Character.isWhitespace(c) && stop) {
                    sentenceBreak = true;
                }
                i++;
            }
            pos = i;
            return false;
        }

        private void add(int s, int e) {
            if (n == start.length) {
                int cap = n * 2;
                start = Arrays.copyOf(start, cap);
                end = Arrays.copyOf(end, cap);
                sentence = Arrays.copyOf(sentence, cap);
                paragraph = Arrays.copyOf(paragraph, cap);
            }
            start[n] = s;
            end[n] = e;
            sentence[n] = newlines > 0 || (sentenceBreak && !(abbreviationStop && continuesAfterAbbreviation(s)));
            paragraph[n] = newlines > 1 || n == 0;
            n++;
            sentenceBreak = false;
            stop = false;
            abbreviationStop = false;
            newlines = 0;
        }

        /** The word at {@code s} starts in lower case and the word before the full stop is an abbreviation. */
        private boolean continuesAfterAbbreviation(int s) {
            if (n == 0 || !Character.isLowerCase(chars[s])) {
                return false;
            }
            int from = start[n - 1];
            int len = end[n - 1] - from;
            if (!Character.isLowerCase(chars[from])) {
                return false;
            }
            return len <= SHORT_ABBREVIATION || ABBREVIATIONS.contains(new String(chars, from, len));
        }

        Tokens tokens() {
            return new Tokens(text, n, start, end, sentence, paragraph);
        }
    }

    private static java.util.Set<String> abbreviations() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line : Lexicon.readLines("lexicon/sensitive/abbreviations.txt")) {
            int hash = line.indexOf('#');
            String w = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (!w.isEmpty()) out.add(w);
        }
        return java.util.Set.copyOf(out);
    }

    private static boolean[] letterOrDigit() {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = Character.isLetterOrDigit((char) c);
        }
        return table;
    }

    /** Letters and digits, and a '.' or ',' between digits ("F90.0"). */
    private static boolean isWordChar(char[] text, int i) {
        char c = text[i];
        if (LETTER_OR_DIGIT[c]) return true;
        return (c == '.' || c == ',') && i > 0 && i + 1 < text.length
                && Character.isDigit(text[i - 1]) && Character.isDigit(text[i + 1]);
    }

    /** Index of the first token that ends after {@code offset}, or {@code size}. */
    int indexAt(int offset) {
        return firstEndingAfter(end, size, offset);
    }

    /** Index of the first of the {@code n} ascending word ends in {@code end} that lies after {@code offset}, or {@code n}. */
    private static int firstEndingAfter(int[] end, int n, int offset) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    String lower(int i) {
        if (lower[i] == null) {
            lower[i] = Lexicon.lowerCase(text.subSequence(start[i], end[i]));
        }
        return lower[i];
    }

    /** Word i is all digits (Character.isDigit). */
    boolean allDigits(int i) {
        if (digits[i] == 0) {
            boolean all = true;
            for (int k = start[i]; k < end[i] && all; k++) {
                all = Character.isDigit(text.charAt(k));
            }
            digits[i] = (byte) (all ? 2 : 1);
        }
        return digits[i] == 2;
    }

    String word(int i) {
        return text.substring(start[i], end[i]);
    }

    /** The character right after token i, or 0. */
    char after(int i) {
        return end[i] < text.length() ? text.charAt(end[i]) : 0;
    }
}
