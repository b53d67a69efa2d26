package se.precheck.detect.sensitive;

import java.util.Arrays;

/**
 * Runs the matcher's automaton over a text and collects every place a key ends, as triples
 * (start, end, output of the trie) after a length at [0], in text order.
 *
 * <p>The text is read as the terms are written: each character as its column of the trie
 * ({@code columnOf}: lower case, any white space as ' '); the automaton reads a run of spaces as
 * one (see {@link TermTrie}), so phrases match across line breaks.
 *
 * <p>Why lanes: each step of the automaton waits for one read of its table (megabytes, mostly
 * outside the fastest cache), so one automaton reading a long text is bound by that wait. A long
 * text is cut into four parts read side by side, one character of each per round: the processor
 * then waits for four independent reads at once, which about halves the time. Each lane starts
 * its automaton as many characters before its part as the longest key is long, since the state
 * depends on no more than that: where its part begins it is in the state one automaton reading the
 * whole text would be in, and it keeps only the key ends inside its part.
 */
final class KeyEndScan {

    /** Shorter texts (most checks) are read in one lane: the lanes' run-in would cost more than it saves. */
    static final int SHORTEST_FOR_LANES = 8192;

    private final TermTrie<?> trie;
    private final char[] columnOf;
    private final int spaceColumn;
    private final int longestKey;
    private final char[] chars;

    KeyEndScan(TermTrie<?> trie, char[] columnOf, int spaceColumn, int longestKey, char[] chars) {
        this.trie = trie;
        this.columnOf = columnOf;
        this.spaceColumn = spaceColumn;
        this.longestKey = longestKey;
        this.chars = chars;
    }

    /** The key ends, read in one lane, or in four side by side when {@code lanes} allows it and the text is long enough. */
    int[] run(boolean lanes) {
        int length = chars.length;
        if (!lanes || length < SHORTEST_FOR_LANES) {
            Hits hits = new Hits();
            scan(TermTrie.ROOT, 0, length, hits);
            return Hits.concat(hits);
        }
        int quarter = length / 4;
        int b1 = quarter;
        int b2 = 2 * quarter;
        int b3 = 3 * quarter;
        int s0 = TermTrie.ROOT;
        int s1 = runIn(b1);
        int s2 = runIn(b2);
        int s3 = runIn(b3);
        Hits h0 = new Hits();
        Hits h1 = new Hits();
        Hits h2 = new Hits();
        Hits h3 = new Hits();
        TermTrie<?> trie = this.trie;
        char[] columnOf = this.columnOf;
        char[] chars = this.chars;
        // The four lanes written out, so their states stay in registers.
        for (int k = 0; k < quarter; k++) {
            s0 = trie.step(s0, columnOf[chars[k]]);
            s1 = trie.step(s1, columnOf[chars[b1 + k]]);
            s2 = trie.step(s2, columnOf[chars[b2 + k]]);
            s3 = trie.step(s3, columnOf[chars[b3 + k]]);
            if (trie.hasOutputs(s0)) keep(k, s0, h0);
            if (trie.hasOutputs(s1)) keep(b1 + k, s1, h1);
            if (trie.hasOutputs(s2)) keep(b2 + k, s2, h2);
            if (trie.hasOutputs(s3)) keep(b3 + k, s3, h3);
        }
        scan(s3, b3 + quarter, length, h3); // the last lane's remainder (the length need not divide by four)
        return Hits.concat(h0, h1, h2, h3);
    }

    /** The state one automaton reading the whole text is in just before character {@code start}. */
    private int runIn(int start) {
        int s = TermTrie.ROOT;
        for (int i = charsBack(start, longestKey); i < start; i++) {
            s = trie.step(s, columnOf[chars[i]]);
        }
        return s;
    }

    private void scan(int state, int from, int to, Hits hits) {
        int s = state;
        for (int i = from; i < to; i++) {
            s = trie.step(s, columnOf[chars[i]]);
            if (trie.hasOutputs(s)) keep(i, s, hits);
        }
    }

    /** The keys ending at character {@code i}. */
    private void keep(int i, int s, Hits hits) {
        for (int o = trie.outputsFrom(s); o < trie.outputsTo(s); o++) {
            hits.add(charsBack(i + 1, trie.keyLength(o)), i + 1, o);
        }
    }

    /**
     * Where the {@code n} characters of a key read up to {@code end} begin: n characters back,
     * a run of white space counting as one (at its first character, as the automaton read it).
     */
    private int charsBack(int end, int n) {
        int p = end;
        for (int counted = 0; counted < n && p > 0; ) {
            p--;
            if (!(isSpace(p) && p > 0 && isSpace(p - 1))) counted++;
        }
        return p;
    }

    private boolean isSpace(int i) {
        return columnOf[chars[i]] == spaceColumn;
    }

    /** Triples of a lane, grown as needed. */
    private static final class Hits {
        private int[] data = new int[48];
        private int size;

        void add(int start, int end, int output) {
            if (size + 3 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = start;
            data[size++] = end;
            data[size++] = output;
        }

        /** The lanes' triples one after the other, after their length at [0]. */
        static int[] concat(Hits... lanes) {
            int total = 1;
            for (Hits h : lanes) {
                total += h.size;
            }
            int[] out = new int[total];
            out[0] = total;
            int pos = 1;
            for (Hits h : lanes) {
                System.arraycopy(h.data, 0, out, pos, h.size);
                pos += h.size;
            }
            return out;
        }
    }
}
