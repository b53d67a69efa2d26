package se.precheck.detect.names;

/**
 * The distinct spellings of the words of one text. Finds the {@link WordForm} of the word at
 * {@code [start, end)} by its characters, so a word seen before costs no new {@code String}: an
 * open-addressing hash table with the hashes in an array of their own, so most probes do not
 * touch a form at all.
 */
final class Vocabulary {

    private int[] hashes = new int[1024];
    private WordForm[] forms = new WordForm[1024];
    private int size;

    /**
     * The form of {@code chars[start, end)}, made on first sight.
     *
     * @param hash the characters' {@link String#hashCode()}, built with {@link #hash}
     */
    WordForm form(char[] chars, int start, int end, int hash) {
        int mask = forms.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            WordForm f = forms[slot];
            if (f == null) {
                WordForm made = newForm(new String(chars, start, end - start));
                hashes[slot] = hash;
                forms[slot] = made;
                if (++size * 2 > forms.length) {
                    grow();
                }
                return made;
            }
            if (hashes[slot] == hash && sameChars(f.text, chars, start, end)) {
                return f;
            }
        }
    }

    static int hash(int hash, char c) {
        return 31 * hash + c;
    }

    private static WordForm newForm(String word) {
        return new WordForm(word, PersonNameDetector.capitalised(word));
    }

    private static boolean sameChars(String word, char[] chars, int start, int end) {
        if (word.length() != end - start) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) != chars[start + k]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        int[] oldHashes = hashes;
        WordForm[] oldForms = forms;
        hashes = new int[oldForms.length * 2];
        forms = new WordForm[oldForms.length * 2];
        int mask = forms.length - 1;
        for (int k = 0; k < oldForms.length; k++) {
            if (oldForms[k] == null) {
                continue;
            }
            int slot = spread(oldHashes[k]) & mask;
            while (forms[slot] != null) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = oldHashes[k];
            forms[slot] = oldForms[k];
        }
    }
}
