package se.precheck.detect.sensitive;

import java.util.Arrays;

/**
 * The words of a text (runs of letters and digits) with where sentences and paragraphs break
 * between them. Built only when a lexicon term was found, in one pass.
 */
final class Tokens {

    final String text;
    final int size;
    final int[] start;
    final int[] end;
    /** A sentence ends between token i-1 and i ('.', '!', '?' followed by space, or a line break). */
    final boolean[] sentenceBefore;
    /** A blank line lies between token i-1 and i. */
    final boolean[] paragraphBefore;

    private Tokens(String text, int size, int[] start, int[] end, boolean[] sentenceBefore, boolean[] paragraphBefore) {
        this.text = text;
        this.size = size;
        this.start = start;
        this.end = end;
        this.sentenceBefore = sentenceBefore;
        this.paragraphBefore = paragraphBefore;
    }

    static Tokens of(String text) {
        int cap = 16;
        int[] start = new int[cap];
        int[] end = new int[cap];
        boolean[] sentence = new boolean[cap];
        boolean[] paragraph = new boolean[cap];
        int n = 0;
        int i = 0;
        boolean sentenceBreak = true;
        int newlines = 0;
        boolean stop = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int s = i;
                while (i < text.length() && isWordChar(text, i)) i++;
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

    /** Letters and digits, and a '.' or ',' between digits ("F90.0"). */
    private static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) return true;
        return (c == '.' || c == ',') && i > 0 && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
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
        return Lexicon.lowerCase(text.subSequence(start[i], end[i]));
    }

    String word(int i) {
        return text.substring(start[i], end[i]);
    }

    /** The character right after token i, or 0. */
    char after(int i) {
        return end[i] < text.length() ? text.charAt(end[i]) : 0;
    }
}
