package se.precheck.detect;

import java.text.Normalizer.Form;

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
        StringBuilder out = new StringBuilder(n);
        int[] starts = new int[n + 8];
        int[] ends = new int[n + 8];
        int i = 0;
        while (i < n) {
            char c = original.charAt(i);
            int width = 1;
            String replacement;
            if (c < 0x80) {
                replacement = null;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(original.charAt(i + 1))) {
                width = 2;
                replacement = supplementary(Character.toCodePoint(c, original.charAt(i + 1)));
            } else {
                replacement = BMP[c];
            }
            if (replacement == null) {
                starts = ensure(starts, out.length() + width);
                ends = ensure(ends, out.length() + width);
                for (int k = 0; k < width; k++) {
                    out.append(original.charAt(i + k));
                    starts[out.length() - 1] = i;
                    ends[out.length() - 1] = i + width;
                }
            } else {
                starts = ensure(starts, out.length() + replacement.length());
                ends = ensure(ends, out.length() + replacement.length());
                for (int k = 0; k < replacement.length(); k++) {
                    out.append(replacement.charAt(k));
                    starts[out.length() - 1] = i;
                    ends[out.length() - 1] = i + width;
                }
            }
            i += width;
        }
        return new NormalizedText(original, out.toString(), starts, ends);
    }

    private static int[] ensure(int[] array, int size) {
        return size <= array.length ? array : java.util.Arrays.copyOf(array, Math.max(size, array.length * 2));
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
