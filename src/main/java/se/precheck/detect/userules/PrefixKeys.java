package se.precheck.detect.userules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A set of word beginnings of one to three letters, lower case, looked up at a word start without
 * allocating: each beginning is packed into a {@code long} (16 bits a letter) and looked up in a
 * {@link PackedKeyTable}. A word matches when its first one, two or three letters are in the set.
 */
final class PrefixKeys {

    static final int LENGTH = 3;

    private final long[] packed;
    private final PackedKeyTable table;
    private final List<String> keys;

    private PrefixKeys(List<String> keys) {
        this.keys = List.copyOf(keys);
        long[] p = new long[keys.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = pack(keys.get(i));
        }
        // The table's indexes are those of keys(); packed() is sorted.
        this.table = new PackedKeyTable(p);
        this.packed = p.clone();
        Arrays.sort(this.packed);
    }

    /** The beginnings as given (already keys). */
    static PrefixKeys of(List<String> keys) {
        return new PrefixKeys(new ArrayList<>(new TreeSet<>(keys)));
    }

    /**
     * The beginnings of words or stems: their first {@link #LENGTH} letters, lower case, up to the
     * first character that is not a letter ("cv:n" begins with "cv", "W3D3" with "w"), since a
     * word start is read letter by letter. A word that does not begin with a letter adds nothing.
     */
    static PrefixKeys ofWords(List<String> words) {
        TreeSet<String> out = new TreeSet<>();
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT);
            int n = 0;
            while (n < Math.min(LENGTH, w.length()) && Character.isLetter(w.charAt(n))) {
                n++;
            }
            if (n > 0) {
                out.add(w.substring(0, n));
            }
        }
        return new PrefixKeys(new ArrayList<>(out));
    }

    List<String> keys() {
        return keys;
    }

    /** The keys packed, sorted. */
    long[] packed() {
        return packed.clone();
    }

    /** True when the word starting at {@code i} begins with one of the keys. */
    boolean matchWordAt(CharSequence t, int i) {
        return table.groupAt(t, i) >= 0;
    }

    /** The keys as a table (a key's index there is its index in {@link #keys()}), for a caller that wants to know which of them a word begins with. */
    PackedKeyTable table() {
        return table;
    }

    private static long pack(String key) {
        long p = 0;
        for (int j = 0; j < key.length(); j++) {
            p |= (long) key.charAt(j) << (16 * j);
        }
        return p;
    }
}
