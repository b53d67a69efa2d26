package se.precheck.detect.names;

import java.util.Arrays;

/**
 * The distinct spellings of the words of one text. Finds the {@link WordForm} of the word at
 * {@code [start, end)} by its characters, so a word seen before costs no new {@code String}: an
 * open-addressing hash table whose hashes and spellings sit in arrays of their own (the spellings
 * one after another in {@link #pool}), so a look-up compares within a few small arrays and
 * touches no form but the one it returns.
 */
final class Vocabulary {

    /**
     * Sized for the spellings a small check asks for (its capitalised words, first names and their
     * neighbours, see {@link Words}): some two hundred, at most half the slots; the table grows for more.
     */
    private static final int SLOTS = 512;

    private int[] hashes = new int[SLOTS];
    /** Where each slot's spelling starts in {@link #pool}, and how long it is. */
    private int[] offsets = new int[SLOTS];
    private int[] lengths = new int[SLOTS];
    private WordForm[] forms = new WordForm[SLOTS];
    private char[] pool = new char[SLOTS * 4];
    private int poolSize;
    private int size;

    /**
     * The form of {@code chars[start, end)}, made on first sight.
     *
     * @param hash the characters' {@link String#hashCode()}, built with {@link #hash}
     */
    WordForm form(char[] chars, int start, int end, int hash) {
        int mask = forms.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            if (forms[slot] == null) {
                return add(slot, chars, start, end, hash);
            }
            if (hashes[slot] == hash && lengths[slot] == end - start
                    && Arrays.equals(pool, offsets[slot], offsets[slot] + lengths[slot], chars, start, end)) {
                return forms[slot];
            }
        }
    }

    static int hash(int hash, char c) {
        return 31 * hash + c;
    }

    private WordForm add(int slot, char[] chars, int start, int end, int hash) {
        int length = end - start;
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(chars, start, pool, poolSize, length);
        String word = new String(chars, start, length);
        WordForm made = new WordForm(word, PersonNameDetector.capitalised(word));
        hashes[slot] = hash;
        offsets[slot] = poolSize;
        lengths[slot] = length;
        forms[slot] = made;
        poolSize += length;
        if (++size * 2 > forms.length) {
            grow();
        }
        return made;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        int[] oldHashes = hashes;
        int[] oldOffsets = offsets;
        int[] oldLengths = lengths;
        WordForm[] oldForms = forms;
        int capacity = oldForms.length * 2;
        hashes = new int[capacity];
        offsets = new int[capacity];
        lengths = new int[capacity];
        forms = new WordForm[capacity];
        int mask = capacity - 1;
        for (int k = 0; k < oldForms.length; k++) {
            if (oldForms[k] == null) {
                continue;
            }
            int slot = spread(oldHashes[k]) & mask;
            while (forms[slot] != null) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = oldHashes[k];
            offsets[slot] = oldOffsets[k];
            lengths[slot] = oldLengths[k];
            forms[slot] = oldForms[k];
        }
    }
}
