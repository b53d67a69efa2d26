package se.precheck.detect.userules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs phrase patterns only where a word starts that one of them can start with. A regex
 * {@code find} tries every position of the text, and an alternation of a hundred words tries
 * each of them; here a word start is looked up by its first letters, without allocating, and
 * only the branches that can start with that very word are tried.
 *
 * <p>A branch is a pattern and what it must start with: one word (as the phrase list's
 * {@code word} or stem {@code word*}), any of a few words, or any capitalised word (a name).
 * The branches are tried in order and the first that matches wins, as in a regex alternation
 * {@code (?:a|b|…)}; so a template {@code (?:x|y) rest} is the branches {@code x rest} and
 * {@code y rest}.
 */
final class WordStartMatcher {

    /**
     * One branch. It is tried where the word's first one to three letters are one of
     * {@code starts}, or at a capitalised word when {@code capitalisedStart}; when {@code word}
     * is set, the text must also begin with that word there (the whole word unless {@code stem}).
     */
    private record Branch(Pattern pattern, PrefixKeys starts, boolean capitalisedStart, String word, boolean stem,
                          boolean letters, NextWord next) {

        Branch(Pattern pattern, PrefixKeys starts, boolean capitalisedStart, String word, boolean stem, NextWord next) {
            this(pattern, starts, capitalisedStart, word, stem, word != null && word.chars().allMatch(Character::isLetter), next);
        }

        /** Whether the branch can start at {@code i}, where a word of letters runs to {@code wordEnd}. */
        boolean startsAt(String t, int i, int wordEnd) {
            return (word == null || beginsWith(t, i, wordEnd, word, stem, letters)) && (next == null || next.follows(t, i));
        }
    }

    /**
     * What the second word of a phrase must start with, when the phrase goes on at once with a
     * required word ("{MODAL} {SUBJ} …": "kan" must be followed by "vi", "du", …). Most places a
     * common first word stands fail here, before any regex runs. The first word of the phrase
     * covers {@code minWords} to {@code maxWords} whitespace-separated words ("den sökande" two,
     * a name one or two).
     */
    record NextWord(PrefixKeys starts, boolean capitalised, int minWords, int maxWords) {

        /** Phrases allow up to four spaces between words. */
        private static final int MAX_SPACE = 4;

        boolean follows(String t, int i) {
            int at = i;
            for (int w = 1; w <= maxWords; w++) {
                while (at < t.length() && !Character.isWhitespace(t.charAt(at))) {
                    at++;
                }
                int gap = at;
                while (at < t.length() && Character.isWhitespace(t.charAt(at))) {
                    at++;
                }
                if (at - gap == 0 || at - gap > MAX_SPACE || at >= t.length()) {
                    return false;
                }
                if (w >= minWords && opensAt(t, at)) {
                    return true;
                }
            }
            return false;
        }

        private boolean opensAt(String t, int at) {
            return (capitalised && Character.isUpperCase(t.charAt(at))) || starts.matchWordAt(t, at);
        }
    }

    private final List<Branch> branches;
    /** All branches' beginnings together: the gate most word starts stop at. */
    private final PrefixKeys starts;
    private final boolean capitalisedStart;
    /** Packed beginning (see {@link PrefixKeys}) → the branches that can start there, in order. */
    private final PackedKeyTable keys;
    private final int[][] branchesByKey;
    private final int[] capitalisedBranches;
    /** Branches whose word does not begin with a letter: tried at every word start. */
    private final int[] ungatedBranches;

    private WordStartMatcher(List<Branch> branches) {
        this.branches = List.copyOf(branches);
        List<String> all = new ArrayList<>();
        TreeMap<Long, List<Integer>> byKey = new TreeMap<>();
        List<Integer> capitalised = new ArrayList<>();
        List<Integer> ungated = new ArrayList<>();
        for (int b = 0; b < branches.size(); b++) {
            Branch branch = branches.get(b);
            if (branch.word() != null && branch.starts().keys().isEmpty()) {
                ungated.add(b);
            }
            all.addAll(branch.starts().keys());
            for (long key : branch.starts().packed()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
            }
            if (branch.capitalisedStart()) {
                capitalised.add(b);
            }
        }
        this.starts = PrefixKeys.of(all);
        this.capitalisedStart = !capitalised.isEmpty();
        this.keys = new PackedKeyTable(byKey.keySet().stream().mapToLong(Long::longValue).toArray());
        this.branchesByKey = byKey.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        this.capitalisedBranches = capitalised.stream().mapToInt(Integer::intValue).toArray();
        this.ungatedBranches = ungated.stream().mapToInt(Integer::intValue).toArray();
    }

    /** One pattern, gated by the words it can start with. */
    static WordStartMatcher of(Pattern pattern, List<String> firstWords, boolean capitalisedStart) {
        return builder().add(pattern, firstWords, capitalisedStart).build();
    }

    static Builder builder() {
        return new Builder();
    }

    /** Collects branches in the order they are tried. */
    static final class Builder {
        private final List<Branch> branches = new ArrayList<>();

        /**
         * @param pattern          matched with {@code lookingAt} at each gated word start
         * @param firstWords       the words (or stems) a match can start with
         * @param capitalisedStart a match can also start at any capitalised word (a name)
         */
        Builder add(Pattern pattern, List<String> firstWords, boolean capitalisedStart) {
            branches.add(new Branch(pattern, PrefixKeys.ofWords(firstWords), capitalisedStart, null, false, null));
            return this;
        }

        /**
         * A branch that starts with {@code word}: the whole word, or any word it begins when
         * {@code stem}; {@code next} (may be null) is what must follow it.
         */
        Builder addWord(Pattern pattern, String word, boolean stem, NextWord next) {
            branches.add(new Branch(pattern, PrefixKeys.ofWords(List.of(word)), false, fold(word), stem, next));
            return this;
        }

        /** A branch that starts with a capitalised word; {@code next} (may be null) is what must follow it. */
        Builder addCapitalised(Pattern pattern, NextWord next) {
            branches.add(new Branch(pattern, PrefixKeys.ofWords(List.of()), true, null, false, next));
            return this;
        }

        WordStartMatcher build() {
            return new WordStartMatcher(branches);
        }
    }

    /** Non-overlapping matches as {start, end} pairs, leftmost first, at most {@code limit}. */
    List<int[]> find(String t, int limit) {
        return find(t, t.length(), limit);
    }

    /** As {@link #find(String, int)}, for matches that start before {@code until}. */
    List<int[]> find(String t, int until, int limit) {
        List<int[]> out = new ArrayList<>();
        Run run = run(t);
        int i = 0;
        while (i < until && out.size() < limit) {
            char c = t.charAt(i);
            if (!Character.isLetter(c) || (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = gateOpen(t, i) ? run.matchAt(i) : -1;
            if (end >= 0) {
                out.add(new int[] {i, end});
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
        return out;
    }

    PrefixKeys starts() {
        return starts;
    }

    boolean capitalisedStart() {
        return capitalisedStart;
    }

    private boolean gateOpen(String t, int i) {
        return ungatedBranches.length > 0 || (capitalisedStart && Character.isUpperCase(t.charAt(i))) || starts.matchWordAt(t, i);
    }

    /** The matcher has a branch whose word does not begin with a letter: its gate is always open. */
    boolean alwaysOpen() {
        return ungatedBranches.length > 0;
    }

    /** This matcher on one text; its regex matchers are made when first needed. */
    Run run(String t) {
        return new Run(t);
    }

    final class Run {
        private final String t;
        private final Matcher[] matchers = new Matcher[branches.size()];
        private int[] candidates = new int[16];

        private Run(String t) {
            this.t = t;
        }

        /** The end of the first branch that matches at the word start {@code i}, or -1. */
        int matchAt(int i) {
            int n = candidates(i);
            int wordEnd = i;
            while (wordEnd < t.length() && Character.isLetter(t.charAt(wordEnd))) {
                wordEnd++;
            }
            for (int c = 0; c < n; c++) {
                int b = candidates[c];
                if (c > 0 && b == candidates[c - 1]) {
                    continue;
                }
                Branch branch = branches.get(b);
                if (!branch.startsAt(t, i, wordEnd)) {
                    continue;
                }
                if (matchers[b] == null) {
                    matchers[b] = branch.pattern().matcher(t);
                    matchers[b].useTransparentBounds(true);
                }
                Matcher m = matchers[b].region(i, t.length());
                if (m.lookingAt()) {
                    return m.end();
                }
            }
            return -1;
        }

        /**
         * The branches whose beginning fits the word at {@code i}, sorted (may repeat), in
         * {@link #candidates}.
         */
        private int candidates(int i) {
            int n = append(ungatedBranches, 0);
            if (Character.isUpperCase(t.charAt(i))) {
                n = append(capitalisedBranches, n);
            }
            long key = 0;
            int last = Math.min(t.length(), i + PrefixKeys.LENGTH);
            for (int j = i; j < last; j++) {
                char c = t.charAt(j);
                if (!Character.isLetter(c)) {
                    break;
                }
                key |= (long) Character.toLowerCase(c) << (16 * (j - i));
                int at = keys.indexOf(key, j - i + 1);
                if (at >= 0) {
                    n = append(branchesByKey[at], n);
                }
            }
            Arrays.sort(candidates, 0, n);
            return n;
        }

        private int append(int[] more, int n) {
            if (n + more.length > candidates.length) {
                candidates = Arrays.copyOf(candidates, Math.max(2 * candidates.length, n + more.length));
            }
            System.arraycopy(more, 0, candidates, n, more.length);
            return n + more.length;
        }
    }

    /** Case folded as a case-insensitive regex compares letters. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static String fold(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            sb.append(fold(word.charAt(i)));
        }
        return sb.toString();
    }

    /**
     * True when the text at {@code i} begins with {@code word} (folded), and, for a word of letters
     * that is not a {@code stem}, the run of letters there ({@code i} to {@code wordEnd}) is just
     * that word. A word with other characters than letters ("cv:n") is only checked as a beginning.
     */
    private static boolean beginsWith(String t, int i, int wordEnd, String word, boolean stem, boolean letters) {
        int n = word.length();
        if (letters && (stem ? wordEnd - i < n : wordEnd - i != n)) {
            return false;
        }
        if (i + n > t.length()) {
            return false;
        }
        for (int j = 0; j < n; j++) {
            if (fold(t.charAt(i + j)) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
