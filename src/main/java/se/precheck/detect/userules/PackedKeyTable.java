package se.precheck.detect.userules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Word beginnings of one to {@link PrefixKeys#LENGTH} letters (packed 16 bits a letter, see
 * {@link PrefixKeys}), looked up at a word start of a text without allocating. This is the one
 * place a word start is read and packed: {@link #groupAt(CharSequence, int)} says which of the
 * keys the word begins with, as the id of that set of keys.
 *
 * <p>The table holds every beginning of every key (open addressing), each with the set of keys
 * that are its own beginnings; the word is read letter by letter until its beginning is no longer
 * in the table, so most words cost one or two probes.
 */
final class PackedKeyTable {

    private final long[] slots;
    /** The group of each slot's beginning (the keys it begins with), or -1 when it begins with none. */
    private final int[] slotGroups;
    private final int shift;
    /** Each group: the indexes, in the array the table was made of, of the keys in it, ascending. */
    private final int[][] groups;

    /** A table of {@code keys}; a key is found as its index in the array. */
    PackedKeyTable(long[] keys) {
        Map<Long, Integer> index = new HashMap<>();
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] == 0) {
                throw new IllegalArgumentException("zero is not a packed key");
            }
            index.putIfAbsent(keys[k], k);
        }
        Map<Long, TreeSet<Integer>> hits = new TreeMap<>();
        for (long key : keys) {
            for (long beginning : beginnings(key)) {
                hits.computeIfAbsent(beginning, b -> {
                    TreeSet<Integer> set = new TreeSet<>();
                    for (long shorter : beginnings(b)) {
                        Integer k = index.get(shorter);
                        if (k != null) {
                            set.add(k);
                        }
                    }
                    return set;
                });
            }
        }
        int bits = 4;
        while ((1 << bits) < 2 * hits.size()) {
            bits++;
        }
        slots = new long[1 << bits];
        slotGroups = new int[1 << bits];
        shift = Long.SIZE - bits;
        Map<List<Integer>, Integer> ids = new HashMap<>();
        List<int[]> g = new ArrayList<>();
        for (var e : hits.entrySet()) {
            int group = -1;
            if (!e.getValue().isEmpty()) {
                List<Integer> set = List.copyOf(e.getValue());
                group = ids.computeIfAbsent(set, s -> {
                    g.add(s.stream().mapToInt(Integer::intValue).toArray());
                    return g.size() - 1;
                });
            }
            int s = slot(e.getKey());
            while (slots[s] != 0) {
                s = (s + 1) & (slots.length - 1);
            }
            slots[s] = e.getKey();
            slotGroups[s] = group;
        }
        groups = g.toArray(int[][]::new);
    }

    /**
     * The group of the keys that the word starting at {@code i} begins with (its first one, two or
     * three letters, lower case, up to the first character that is not a letter), or -1 when it
     * begins with none.
     */
    int groupAt(CharSequence t, int i) {
        int group = -1;
        long key = 0;
        int n = Math.min(t.length(), i + PrefixKeys.LENGTH);
        for (int j = i; j < n; j++) {
            char c = t.charAt(j);
            if (!Character.isLetter(c)) {
                break;
            }
            key |= (long) Character.toLowerCase(c) << (16 * (j - i));
            int s = find(key);
            if (s < 0) {
                break;
            }
            group = slotGroups[s];
        }
        return group;
    }

    /** The keys of a group from {@link #groupAt}, as indexes into the array the table was made of, ascending. */
    int[] group(int id) {
        return groups[id];
    }

    int groups() {
        return groups.length;
    }

    private int find(long key) {
        int s = slot(key);
        while (slots[s] != 0) {
            if (slots[s] == key) {
                return s;
            }
            s = (s + 1) & (slots.length - 1);
        }
        return -1;
    }

    /** The key's first one, two, … letters, packed. */
    private static long[] beginnings(long key) {
        long[] out = new long[PrefixKeys.LENGTH];
        int n = 0;
        for (int letters = 1; letters <= PrefixKeys.LENGTH; letters++) {
            long b = key & ((1L << (16 * letters)) - 1);
            if (n > 0 && b == out[n - 1]) {
                break;
            }
            out[n++] = b;
        }
        return Arrays.copyOf(out, n);
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }
}
