package se.precheck.detect.marking;

/**
 * The positions where a word (a run of letters and digits) begins. Found in one pass and shared
 * by all the patterns of a detector, so each pattern looks at the few thousand word starts of a
 * text instead of every character.
 */
final class WordStarts {

    /** Character.isLetterOrDigit for Latin-1 (Swedish letters included), looked up. */
    private static final boolean[] LATIN1_WORD = new boolean[256];

    static {
        for (char c = 0; c < 256; c++) {
            LATIN1_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private final int[] positions;
    /** The character at each position, so that the patterns' first test needs no look-up in the text. */
    private final char[] firsts;
    private final int size;

    private WordStarts(int[] positions, char[] firsts, int size) {
        this.positions = positions;
        this.firsts = firsts;
        this.size = size;
    }

    static WordStarts of(String text) {
        char[] chars = text.toCharArray();
        int[] out = new int[chars.length / 2 + 1];
        char[] firsts = new char[out.length];
        int size = 0;
        boolean inWord = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            boolean letterOrDigit = c < 256 ? LATIN1_WORD[c] : Character.isLetterOrDigit(c);
            out[size] = i; // kept only when a word begins here (no branch to mispredict)
            firsts[size] = c;
            size += letterOrDigit && !inWord ? 1 : 0;
            inWord = letterOrDigit;
        }
        return new WordStarts(out, firsts, size);
    }

    int size() {
        return size;
    }

    int get(int k) {
        return positions[k];
    }

    char firstChar(int k) {
        return firsts[k];
    }
}
