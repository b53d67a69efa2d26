package se.precheck.detect.sensitive;

import java.util.Arrays;

/**
 * The words of a text (runs of letters and digits) with where sentences and paragraphs break
 * between them. Built only when a lexicon term was found, in one pass.
 */
final class Tokens {

    /** Character.isLetterOrDigit for every char, as a table: the tokeniser reads every character of the text. */
    private static final boolean[] LETTER_OR_DIGIT = letterOrDigit();

    final String text;
    final int size;
    final int[] start;
    final int[] end;
    /** A sentence ends between token i-1 and i ('.', '!', '?' followed by space, or a line break). */
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
    }

    static Tokens of(String text) {
        char[] chars = text.toCharArray(); // an array reads faster than charAt on a UTF-16 string
        int cap = Math.max(16, chars.length / 6); // about one word per six characters: few copies
        int[] start = new int[cap];
        int[] end = new int[cap];
        boolean[] sentence = new boolean[cap];
        boolean[] paragraph = new boolean[cap];
        int n = 0;
        int i = 0;
        boolean sentenceBreak = true;
        int newlines = 0;
        boolean stop = false;
        while (i < chars.length) {
            char c = chars[i];
            if (LETTER_OR_DIGIT[c]) {
                int s = i;
                while (i < chars.length && isWordChar(chars, i)) i++;
                if (n == cap) {
                    cap *= 2;
                    start = Arrays.copyOf(start, cap);
                    end = Arrays.copyOf(end, cap);
                    sentence = Arrays.copyOf(sentence, cap);
                    paragraph = Arrays.copyOf(paragraph, cap);
                }
                start[n] = s;
                end[n] = i;
                sentence[n] = sentenceBreak || newlines > 0;
                paragraph[n] = newlines > 1 || n == 0;
                n++;
                sentenceBreak = false;
                stop = false;
                newlines = 0;
                continue;
            }
            if (c == '\n') {
                newlines++;
            } else if (c == '.' || c == '!' || c == '?') {
                stop = true;
            } else if (Character.isWhitespace(c) && stop) {
                sentenceBreak = true;
            }
            i++;
        }
        return new Tokens(text, n, start, end, sentence, paragraph);
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
        int lo = 0;
        int hi = size;
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

    String word(int i) {
        return text.substring(start[i], end[i]);
    }

    /** The character right after token i, or 0. */
    char after(int i) {
        return end[i] < text.length() ? text.charAt(end[i]) : 0;
    }
}
