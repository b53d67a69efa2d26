package se.precheck.detect.userules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    /**
     * With the next-word gate, each matcher's branches one by one: which of them a word start
     * opens, by its group (0 for none, else group + 1) and matcher, for a word in lower case and a
     * capitalised word, in the order the matcher tries them; and what each branch asks of the
     * next word (a condition number of {@link #nextWords}). Why: where a common first word opens a
     * matcher, it opens dozens of its branches, and most fail at the next word; the scan has read
     * that word already, so each of them is now turned away by one bit.
     */
    private final int[][][] branchesByGroup;
    private final int[][][] branchesByGroupCapitalised;
    private final int[][] branchConditions;

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
            this.branchesByGroup = null;
            this.branchesByGroupCapitalised = null;
            this.branchConditions = null;
            return;
        }
        // What each matcher's branches that a word start opens ask of the next word, together.
        List<List<WordStartMatcher.BranchStart>> starts = this.matchers.stream().map(WordStartMatcher::branchStarts).toList();
        NextWordGate.Condition[][] lower = new NextWordGate.Condition[keys.groups() + 1][matchers.size()];
        NextWordGate.Condition[][] upper = new NextWordGate.Condition[keys.groups() + 1][matchers.size()];
        List<NextWordGate.Condition> all = new ArrayList<>();
        for (List<WordStartMatcher.BranchStart> branches : starts) {
            for (WordStartMatcher.BranchStart b : branches) {
                all.add(b.next());
            }
        }
        Map<List<Integer>, int[]> shared = new HashMap<>();
        this.branchesByGroup = new int[keys.groups() + 1][matchers.size()][];
        this.branchesByGroupCapitalised = new int[keys.groups() + 1][matchers.size()][];
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
                List<Integer> loBranches = new ArrayList<>();
                List<Integer> upBranches = new ArrayList<>();
                List<WordStartMatcher.BranchStart> branches = starts.get(m);
                for (int b = 0; b < branches.size(); b++) {
                    WordStartMatcher.BranchStart branch = branches.get(b);
                    boolean opened = branch.ungated() || Arrays.stream(branch.beginnings()).anyMatch(beginnings::contains);
                    if (opened) {
                        lo = lo.or(branch.next());
                        loBranches.add(b);
                    }
                    if (opened || branch.capitalised()) {
                        up = up.or(branch.next());
                        upBranches.add(b);
                    }
                }
                lower[g][m] = lo;
                upper[g][m] = up;
                // Group g of this table is -1 + 1 = 0 for a word with none of the beginnings.
                int row = g < keys.groups() ? g + 1 : 0;
                branchesByGroup[row][m] = shared.computeIfAbsent(loBranches, WordStartIndex::ints);
                branchesByGroupCapitalised[row][m] = shared.computeIfAbsent(upBranches, WordStartIndex::ints);
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
        this.branchConditions = new int[matchers.size()][];
        for (int m = 0; m < matchers.size(); m++) {
            branchConditions[m] = starts.get(m).stream().mapToInt(b -> nextWords.id(b.next())).toArray();
        }
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
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
        Scan scan = new Scan(t);
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c);
            boolean start = wordChar && !inWord && Character.isLetter(c);
            inWord = wordChar;
            if (start) {
                gate(t, i, scan);
            }
        }
        return scan;
    }

    /** Adds the word start {@code i} to {@code scan} when some matcher's gate is open there. */
    private void gate(String t, int i, Scan scan) {
        boolean upper = Character.isUpperCase(t.charAt(i));
        long mask = alwaysMask | (upper ? capitalisedMask : 0);
        int g = keys.groupAt(t, i);
        if (g >= 0) {
            mask |= masks[g];
        }
        if (mask == 0) {
            return;
        }
        if (nextWords == null) {
            scan.add(i, mask, g, -1, -1);
            return;
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
        if (mask != 0) {
            scan.add(i, mask, g, next, group);
        }
    }

    /** The open gates of one text, and what the scan read at each: the word's group, where the next word starts and its group. */
    final class Scan {
        private final String t;
        private int[] positions;
        private long[] open;
        private int[] groups;
        private int[] nextStarts;
        private int[] nextGroups;
        private int size;

        private Scan(String t) {
            this.t = t;
            // With the next-word gate the first words are common words: about as many open word
            // starts as municipal prose has, so that the arrays seldom grow.
            int capacity = nextWords == null ? 64 : Math.max(64, t.length() / 16);
            positions = new int[capacity];
            open = new long[capacity];
            groups = new int[capacity];
            nextStarts = new int[capacity];
            nextGroups = new int[capacity];
        }

        private void add(int i, long mask, int group, int next, int nextGroup) {
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, 2 * size);
                open = Arrays.copyOf(open, 2 * size);
                groups = Arrays.copyOf(groups, 2 * size);
                nextStarts = Arrays.copyOf(nextStarts, 2 * size);
                nextGroups = Arrays.copyOf(nextGroups, 2 * size);
            }
            positions[size] = i;
            open[size] = mask;
            groups[size] = group;
            nextStarts[size] = next;
            nextGroups[size] = nextGroup;
            size++;
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
            NextWordFilter filter = nextWords == null ? null : new NextWordFilter();
            int next = 0;
            for (int p = 0; p < size && out.size() < limit; p++) {
                int i = positions[p];
                if (i >= until) {
                    break;
                }
                if ((open[p] & bit) == 0) {
                    continue;
                }
                if (filter == null) {
                    next = run.collectAt(i, next, out);
                    continue;
                }
                if (i < next) {
                    continue;
                }
                int row = groups[p] + 1;
                int[] branches = Character.isUpperCase(t.charAt(i)) ? branchesByGroupCapitalised[row][k] : branchesByGroup[row][k];
                filter.at(branchConditions[k], nextStarts[p], nextGroups[p]);
                int end = run.matchAt(i, branches, filter);
                if (end >= 0) {
                    out.add(new int[] {i, end});
                    next = Math.max(end, i + 1);
                }
            }
            return out;
        }

        /** Turns away the branches whose condition on the next word the word there does not meet. */
        private final class NextWordFilter implements WordStartMatcher.BranchFilter {
            private int[] conditions;
            private int next = -1;
            private int group;
            /** The word after the next, read only for a branch that starts with a name: -2 until read. */
            private int second = -2;
            private int secondGroup;

            void at(int[] branchConditions, int nextStart, int nextGroup) {
                this.conditions = branchConditions;
                if (nextStart != next) {
                    second = -2;
                }
                this.next = nextStart;
                this.group = nextGroup;
            }

            @Override
            public boolean allows(int branch) {
                int c = conditions[branch];
                if (nextWords.allows(t, next, group, c)) {
                    return true;
                }
                if (!nextWords.afterName(c) || next < 0) {
                    return false;
                }
                if (second == -2) {
                    second = NextWordGate.nextWord(t, next);
                    secondGroup = nextWords.groupAt(t, second);
                }
                return nextWords.allowsAfterName(t, next, second, secondGroup, c);
            }
        }
    }
}
