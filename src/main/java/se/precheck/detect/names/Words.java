package se.precheck.detect.names;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The words of one text, a column per property instead of an object per word: a check of 5 KB
 * has some 800 words, and the detector reads most of them only to step past them.
 *
 * <p>A word's spelling ({@link WordForm}) is found when first asked for. Most words are plain
 * lower-case words that cannot start a name ({@link LowerCaseNameStarts} says so from their
 * characters), and the detector asks for their form only when they stand next to a candidate.
 * A form found late is the same as one found early: its answers depend on the spelling alone.
 */
final class Words {

    private static final byte INITIAL = 1;
    private static final byte SENTENCE_START = 2;
    private static final byte GAP_IS_SPACE = 4;
    private static final byte GAP_IS_COLON = 8;

    private final char[] chars;
    private final Vocabulary vocabulary = new Vocabulary();
    /** Words that can start a not-name phrase, a lower-case or capitals pair, or a run. */
    private final BitSet candidates = new BitSet();
    private int[] starts;
    private int[] ends;
    private byte[] flags;
    private WordForm[] forms;
    private int size;

    Words(char[] chars) {
        this.chars = chars;
        // About one word per six characters in Swedish prose: one growth at most on most texts.
        int capacity = chars.length / 6 + 16;
        starts = new int[capacity];
        ends = new int[capacity];
        flags = new byte[capacity];
        forms = new WordForm[capacity];
    }

    /**
     * Adds the word at {@code [start, end)}.
     *
     * @param hash      the characters' {@link String#hashCode()}, built with {@link Vocabulary#hash}
     * @param plainLowerCase every character a Latin-1 lower-case letter whose lower case is itself
     */
    void add(int start, int end, int hash, boolean plainLowerCase, boolean initial, boolean sentenceStart,
             boolean gapIsSpace, boolean gapIsColon) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            flags = Arrays.copyOf(flags, capacity);
            forms = Arrays.copyOf(forms, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        flags[size] = (byte) ((initial ? INITIAL : 0) | (sentenceStart ? SENTENCE_START : 0)
                | (gapIsSpace ? GAP_IS_SPACE : 0) | (gapIsColon ? GAP_IS_COLON : 0));
        // A plain lower-case word that no name or not-name phrase starts with is no candidate:
        // answered without its form. Any other word is asked as before.
        if (!plainLowerCase || LowerCaseNameStarts.mayStart(chars, start, end, hash)) {
            WordForm form = vocabulary.form(chars, start, end, hash);
            forms[size] = form;
            if (form.mayStartName || initial) {
                candidates.set(size);
            }
        }
        size++;
    }

    int size() {
        return size;
    }

    /** The first candidate at or after {@code from}, or -1. */
    int nextCandidate(int from) {
        return candidates.nextSetBit(from);
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    WordForm form(int i) {
        WordForm form = forms[i];
        if (form == null) {
            int hash = 0;
            for (int k = starts[i]; k < ends[i]; k++) {
                hash = Vocabulary.hash(hash, chars[k]);
            }
            form = vocabulary.form(chars, starts[i], ends[i], hash);
            forms[i] = form;
        }
        return form;
    }

    /** The word as written. */
    String text(int i) {
        return form(i).text;
    }

    /** As the lexicon looks it up. */
    String lower(int i) {
        return form(i).lower;
    }

    /** Every word but a plain lower-case one has its form from the start, and a plain lower-case word is never capitalised. */
    boolean capitalised(int i) {
        WordForm form = forms[i];
        return form != null && form.capitalised;
    }

    boolean initial(int i) {
        return (flags[i] & INITIAL) != 0;
    }

    boolean sentenceStart(int i) {
        return (flags[i] & SENTENCE_START) != 0;
    }

    /** Only spaces (or an initial's dot) separate it from the word before. */
    boolean gapIsSpace(int i) {
        return (flags[i] & GAP_IS_SPACE) != 0;
    }

    boolean gapIsColon(int i) {
        return (flags[i] & GAP_IS_COLON) != 0;
    }
}
