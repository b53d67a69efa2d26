package se.precheck.detect.userules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /**
     * The next-word gate (see {@link NextWordGate}), or null; with it, the condition number for
     * each group and matcher, for a word in lower case and a capitalised word, and the same for a
     * word that begins with none of the beginnings.
     */
    private final NextWordGate nextWords;
    private final int[][] nextByGroup;
    private final int[][] nextByGroupCapitalised;
    private final int[] nextNoGroup;
    private final int[] nextNoGroupCapitalised;

    WordStartIndex(List<WordStartMatcher> matchers) {
        this(matchers, false);
    }

    /**
     * @param nextWordGate also gate each word start by the word after it; worth its cost to build
     *                     for phrase lists built once, whose first words are common words
     */
    WordStartIndex(List<WordStartMatcher> matchers, boolean nextWordGate) {
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
        if (!nextWordGate) {
            this.nextWords = null;
            this.nextByGroup = null;
            this.nextByGroupCapitalised = null;
            this.nextNoGroup = null;
            this.nextNoGroupCapitalised = null;
            return;
        }
        // What each matcher's branches that a word start opens ask of the next word, together.
        List<List<WordStartMatcher.BranchStart>> starts = this.matchers.stream().map(WordStartMatcher::branchStarts).toList();
        NextWordGate.Condition[][] lower = new NextWordGate.Condition[keys.groups() + 1][matchers.size()];
        NextWordGate.Condition[][] upper = new NextWordGate.Condition[keys.groups() + 1][matchers.size()];
        List<NextWordGate.Condition> all = new ArrayList<>();
        for (int g = 0; g <= keys.groups(); g++) {
            Set<Long> beginnings = new HashSet<>();
            if (g < keys.groups()) {
                for (int key : keys.group(g)) {
                    beginnings.add(k[key]);
                }
            }
            for (int m = 0; m < matchers.size(); m++) {
                NextWordGate.Condition lo = NextWordGate.Condition.NONE;
                NextWordGate.Condition up = NextWordGate.Condition.NONE;
                for (WordStartMatcher.BranchStart b : starts.get(m)) {
                    boolean opened = b.ungated() || Arrays.stream(b.beginnings()).anyMatch(beginnings::contains);
                    if (opened) {
                        lo = lo.or(b.next());
                    }
                    if (opened || b.capitalised()) {
                        up = up.or(b.next());
                    }
                }
                lower[g][m] = lo;
                upper[g][m] = up;
                all.add(lo);
                all.add(up);
            }
        }
        this.nextWords = new NextWordGate(all);
        this.nextByGroup = new int[keys.groups()][];
        this.nextByGroupCapitalised = new int[keys.groups()][];
        for (int g = 0; g < keys.groups(); g++) {
            nextByGroup[g] = ids(lower[g]);
            nextByGroupCapitalised[g] = ids(upper[g]);
        }
        this.nextNoGroup = ids(lower[keys.groups()]);
        this.nextNoGroupCapitalised = ids(upper[keys.groups()]);
    }

    private int[] ids(NextWordGate.Condition[] conditions) {
        int[] out = new int[conditions.length];
        for (int m = 0; m < out.length; m++) {
            out[m] = nextWords.id(conditions[m]);
        }
        return out;
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
        boolean upper = Character.isUpperCase(t.charAt(i));
        long mask = alwaysMask | (upper ? capitalisedMask : 0);
        int g = keys.groupAt(t, i);
        if (g >= 0) {
            mask |= masks[g];
        }
        if (mask == 0 || nextWords == null) {
            return mask;
        }
        int[] conditions = g < 0 ? (upper ? nextNoGroupCapitalised : nextNoGroup) : (upper ? nextByGroupCapitalised[g] : nextByGroup[g]);
        int next = NextWordGate.nextWord(t, i);
        int group = nextWords.groupAt(t, next);
        for (long bits = mask; bits != 0; bits &= bits - 1) {
            int m = Long.numberOfTrailingZeros(bits);
            if (!nextWords.allows(t, next, group, conditions[m])) {
                mask &= ~(1L << m);
            }
        }
        return mask;
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
                if ((open[g] & bit) != 0) {
                    next = run.collectAt(i, next, out);
                }
            }
            return out;
        }
    }
}
