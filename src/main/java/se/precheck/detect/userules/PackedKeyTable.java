package se.precheck.detect.userules;

/**
 * Packed word beginnings (see {@link PrefixKeys}) to their position in a list, by open
 * addressing: looked up at every word start of a text, so a lookup is a multiply, a shift and
 * a compare or two, without allocating. Zero is never a key (a packed beginning has a letter).
 */
final class PackedKeyTable {

    private final long[] slots;
    private final int[] indexes;
    private final int shift;
    /** Bit {@code n} is set when some key has {@code n} letters: other lengths need no lookup. */
    private final int lengths;

    /** A table of {@code keys}, each found as its index in the array. */
    PackedKeyTable(long[] keys) {
        int bits = 4;
        while ((1 << bits) < 2 * keys.length) {
            bits++;
        }
        slots = new long[1 << bits];
        indexes = new int[1 << bits];
        shift = Long.SIZE - bits;
        int l = 0;
        for (long key : keys) {
            l |= 1 << letters(key);
        }
        lengths = l;
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] == 0) {
                throw new IllegalArgumentException("zero is not a packed key");
            }
            int s = slot(keys[k]);
            while (slots[s] != 0 && slots[s] != keys[k]) {
                s = (s + 1) & (slots.length - 1);
            }
            slots[s] = keys[k];
            indexes[s] = k;
        }
    }

    /** The index of {@code key}, a beginning of {@code letters} letters, in the array the table was made of, or -1. */
    int indexOf(long key, int letters) {
        if ((lengths & (1 << letters)) == 0) {
            return -1;
        }
        int s = slot(key);
        while (slots[s] != 0) {
            if (slots[s] == key) {
                return indexes[s];
            }
            s = (s + 1) & (slots.length - 1);
        }
        return -1;
    }

    private static int letters(long key) {
        int n = 0;
        while (key != 0) {
            n++;
            key >>>= 16;
        }
        return n;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }
}
