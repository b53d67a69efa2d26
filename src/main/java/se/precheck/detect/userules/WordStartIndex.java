package se.precheck.detect.userules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The gates of several {@link WordStartMatcher}s in one table, so that a detector with many phrase
 * lists reads the text once: {@link #scan(String)} visits every word start, looks up its first
 * letters once, and keeps the starts where at least one matcher's gate is open, with a bit per
 * matcher. Each matcher then tries its patterns only at its own starts.
 */
final class WordStartIndex {

    private static final int MAX_MATCHERS = Long.SIZE;

    private final List<WordStartMatcher> matchers;
    /** Packed word beginnings (see {@link PrefixKeys}), and which matchers each group of them opens. */
    private final PackedKeyTable keys;
    private final long[] masks;
    /** The matchers that can also start at any capitalised word. */
    private final long capitalisedMask;
    /** The matchers with a branch whose word does not begin with a letter: open at every word start. */
    private final long alwaysMask;

    WordStartIndex(List<WordStartMatcher> matchers) {
        if (matchers.size() > MAX_MATCHERS) {
            throw new IllegalArgumentException("at most " + MAX_MATCHERS + " matchers in one index");
        }
        this.matchers = List.copyOf(matchers);
        List<long[]> pairs = new ArrayList<>();
        long capitalised = 0;
        long always = 0;
        for (int k = 0; k < matchers.size(); k++) {
            WordStartMatcher m = matchers.get(k);
            for (long key : m.starts().packed()) {
                pairs.add(new long[] {key, 1L << k});
            }
            if (m.capitalisedStart()) {
                capitalised |= 1L << k;
            }
            if (m.alwaysOpen()) {
                always |= 1L << k;
            }
        }
        pairs.sort((a, b) -> Long.compare(a[0], b[0]));
        long[] k = new long[pairs.size()];
        long[] v = new long[pairs.size()];
        int n = 0;
        for (long[] p : pairs) {
            if (n > 0 && k[n - 1] == p[0]) {
                v[n - 1] |= p[1];
            } else {
                k[n] = p[0];
                v[n] = p[1];
                n++;
            }
        }
        this.keys = new PackedKeyTable(Arrays.copyOf(k, n));
        this.masks = new long[keys.groups()];
        for (int g = 0; g < masks.length; g++) {
            for (int key : keys.group(g)) {
                masks[g] |= v[key];
            }
        }
        this.capitalisedMask = capitalised;
        this.alwaysMask = always;
    }

    /** The word starts of {@code t} where some matcher's gate is open. */
    Scan scan(String t) {
        int[] positions = new int[64];
        long[] open = new long[64];
        int size = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c);
            boolean start = wordChar && !inWord && Character.isLetter(c);
            inWord = wordChar;
            if (!start) {
                continue;
            }
            long mask = gates(t, i);
            if (mask != 0) {
                if (size == positions.length) {
                    positions = Arrays.copyOf(positions, 2 * size);
                    open = Arrays.copyOf(open, 2 * size);
                }
                positions[size] = i;
                open[size] = mask;
                size++;
            }
        }
        return new Scan(t, positions, open, size);
    }

    /** The matchers whose gate is open at the word start {@code i}: one bit each. */
    private long gates(String t, int i) {
        long mask = alwaysMask | (Character.isUpperCase(t.charAt(i)) ? capitalisedMask : 0);
        int g = keys.groupAt(t, i);
        return g < 0 ? mask : mask | masks[g];
    }

    /** The open gates of one text. */
    final class Scan {
        private final String t;
        private final int[] positions;
        private final long[] open;
        private final int size;

        private Scan(String t, int[] positions, long[] open, int size) {
            this.t = t;
            this.positions = positions;
            this.open = open;
            this.size = size;
        }

        /** As {@link WordStartMatcher#find(String, int, int)}, for one of the index's matchers. */
        List<int[]> find(WordStartMatcher matcher, int until, int limit) {
            int k = matchers.indexOf(matcher);
            if (k < 0) {
                throw new IllegalArgumentException("matcher not in this index");
            }
            long bit = 1L << k;
            List<int[]> out = new ArrayList<>();
            WordStartMatcher.Run run = matcher.run(t);
            int next = 0;
            for (int g = 0; g < size && out.size() < limit; g++) {
                int i = positions[g];
                if (i >= until) {
                    break;
                }
                if (i < next || (open[g] & bit) == 0) {
                    continue;
                }
                int end = run.matchAt(i);
                if (end >= 0) {
                    out.add(new int[] {i, end});
                    next = Math.max(end, i + 1);
                }
            }
            return out;
        }
    }
}
