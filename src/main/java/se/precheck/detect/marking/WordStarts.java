package se.precheck.detect.marking;

import java.util.Arrays;

/**
 * The positions where a word (a run of letters and digits) begins. Found in one pass and shared
 * by all the patterns of a detector, so each pattern looks at the few thousand word starts of a
 * text instead of every character.
 */
final class WordStarts {

    private final int[] positions;
    private final int size;

    private WordStarts(int[] positions, int size) {
        this.positions = positions;
        this.size = size;
    }

    static WordStarts of(String text) {
        int[] out = new int[Math.max(16, text.length() / 6)];
        int size = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letterOrDigit = Character.isLetterOrDigit(text.charAt(i));
            if (letterOrDigit && !inWord) {
                if (size == out.length) {
                    out = Arrays.copyOf(out, size * 2);
                }
                out[size++] = i;
            }
            inWord = letterOrDigit;
        }
        return new WordStarts(out, size);
    }

    int size() {
        return size;
    }

    int get(int k) {
        return positions[k];
    }
}
