package se.precheck.detect;

import java.text.Normalizer.Form;
import java.util.Arrays;

/**
 * Builds a {@link NormalizedText}: one pass over the code points, each removed, kept or replaced
 * by a table computed once. Case is kept (markings such as "HEMLIG" depend on it).
 */
public final class Normalizer {

    /** Replacement for each BMP character; null means keep as is, "" means drop. */
    private static final String[] BMP = buildTable();

    private Normalizer() {
    }

    public static NormalizedText normalize(String original) {
        int n = original.length();
        int first = firstChanged(original);
        if (first < 0) {
            return new NormalizedText(original, original, null, null);
        }
        // Every replacement is at most one character, so the text only shrinks. The map back to the
        // original is kept as its shifts only (see NormalizedText): a few entries instead of two
        // int arrays as long as the text, most of a small check's own allocation.
        char[] out = new char[n];
        // Everything before the first change is kept as is, in step with the original: copied at once.
        original.getChars(0, first, out, 0);
        Shifts shifts = new Shifts(first);
        int length = first;
        int i = first;
        while (i < n) {
            char c = original.charAt(i);
            if (c < 0x80 || BMP[c] == null && !Character.isHighSurrogate(c)) {
                shifts.at(length, i);
                out[length++] = c;
                i++;
                continue;
            }
            int width = 1;
            String replacement;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(original.charAt(i + 1))) {
                width = 2;
                replacement = supplementary(Character.toCodePoint(c, original.charAt(i + 1)));
            } else {
                replacement = BMP[c];
            }
            String kept = replacement == null ? original.substring(i, i + width) : replacement;
            for (int k = 0; k < kept.length(); k++) {
                shifts.at(length, i);
                out[length++] = kept.charAt(k);
            }
            i += width;
        }
        return new NormalizedText(original, new String(out, 0, length), shifts.positions(), shifts.starts());
    }

    /**
     * Where the normalised text stops running in step with the original: each position whose
     * character does not start right after the previous one's start, with that start.
     */
    private static final class Shifts {
        private int[] positions = new int[8];
        private int[] starts = new int[8];
        private int count;
        /** The original start the next character has when nothing shifts. */
        private int expected;

        /** @param start where the first character given to {@link #at} starts, all before it in step */
        Shifts(int start) {
            expected = start;
        }

        /** Normalised character {@code position} starts at {@code start} in the original. */
        void at(int position, int start) {
            if (start != expected) {
                if (count == positions.length) {
                    positions = Arrays.copyOf(positions, count * 2);
                    starts = Arrays.copyOf(starts, count * 2);
                }
                positions[count] = position;
                starts[count++] = start;
            }
            expected = start + 1;
        }

        int[] positions() {
            return Arrays.copyOf(positions, count);
        }

        int[] starts() {
            return Arrays.copyOf(starts, count);
        }
    }

    /**
     * The first character normalisation may change, or -1 when it keeps every one (most texts):
     * then the text is its own map.
     */
    private static int firstChanged(String original) {
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c >= 0x80 && (BMP[c] != null || Character.isHighSurrogate(c))) {
                return i;
            }
        }
        return -1;
    }

    /** Mathematical digits and letters (𝟏, 𝐀) are folded by NFKC; other supplementary characters are kept. */
    private static String supplementary(int codePoint) {
        if (codePoint >= 0x1D400 && codePoint <= 0x1D7FF) {
            String folded = java.text.Normalizer.normalize(new String(Character.toChars(codePoint)), Form.NFKC);
            return folded.length() == 1 && folded.charAt(0) < 0x80 ? folded : null;
        }
        if (codePoint >= 0xE0000 && codePoint <= 0xE007F) {
            return ""; // tag characters: invisible
        }
        return null;
    }

    private static String[] buildTable() {
        String[] table = new String[0x10000];
        for (int c = 0x80; c < 0x10000; c++) {
            table[c] = fold((char) c);
        }
        return table;
    }

    private static String fold(char c) {
        if (isInvisible(c)) {
            return "";
        }
        if (Character.isSpaceChar(c) || c == '\u0085') {
            return c == '\u2028' || c == '\u2029' || c == '\u0085' ? "\n" : " ";
        }
        if (isDash(c)) {
            return "-";
        }
        String lookAlike = LOOK_ALIKES.indexOf(c) >= 0 ? String.valueOf(LATIN.charAt(LOOK_ALIKES.indexOf(c))) : null;
        if (lookAlike != null) {
            return lookAlike;
        }
        if (Character.isDigit(c)) {
            return String.valueOf(Character.forDigit(Character.digit(c, 10), 10));
        }
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return String.valueOf((char) (c - 0xFF01 + '!')); // full-width ASCII
        }
        if (c == '\uFE6B') return "@";
        if (c == '\uFE62') return "+";
        return null;
    }

    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u034F' || c == '\u061C' || c == '\u115F' || c == '\u1160'
                || c == '\u17B4' || c == '\u17B5' || c == '\u180E'
                || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u206F') || c == '\u3164' || c == '\uFEFF' || c == '\uFFA0'
                || (c >= '\uFE00' && c <= '\uFE0F');
    }

    private static boolean isDash(char c) {
        return (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE58' || c == '\uFE63'
                || c == '\u2043' || c == '\u02D7' || c == '\u058A' || c == '\u1806';
    }

    // Cyrillic and Greek letters that look like Latin ones, position by position.
    private static final String LOOK_ALIKES = "АВЕКМНОРСТХУІЈЅаеорсхуіјѕԁһԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧον";
    private static final String LATIN       = "ABEKMHOPCTXYIJSaeopcxyijsdhqwABEZHIKMNOPTYXov";
}
