package se.precheck.detect.userules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
                          boolean letters, NextWords next) {

        Branch(Pattern pattern, PrefixKeys starts, boolean capitalisedStart, String word, boolean stem, NextWords next) {
            this(pattern, starts, capitalisedStart, word, stem, word != null && word.chars().allMatch(Character::isLetter), next);
        }

        /**
         * What is checked of the first word ({@link #beginsWith}), as a key: branches with the same
         * one pass or fail together; null for a branch that starts at any capitalised word.
         */
        String firstWordKey() {
            return word == null ? null : word + (stem ? "*" : "") + (letters ? "" : "#");
        }
    }

    /**
     * What the words after a phrase's first token must start with, as far as a word-by-word look
     * can tell: "{MODAL} {SUBJ} ~1 {GRANT}" is "kan", then a word like "vi" or "du", then up to one
     * other word, then a word like "bevilja". Most places a common first word stands fail here,
     * before any regex runs. The look only ever lets through more than the regex would (it reads
     * the beginning of each word, and any run of non-spaces as a word), never less.
     *
     * @param minWords the first token covers {@code minWords} to {@code maxWords} words ("den
     *                 sökande" two, a name one or two)
     * @param steps    the tokens after the first, in order
     */
    record NextWords(int minWords, int maxWords, List<Step> steps) {

        /** Positions are bits of a long; further than this the look stops and lets the phrase through. */
        private static final int MAX_WORD = 40;

        /**
         * One token: a word whose beginning is one of {@code starts} (or any capitalised word
         * when {@code capitalised}), covering {@code minWords} to {@code maxWords} words, perhaps
         * {@code optional}; or, when {@code gap} is above zero, up to that many words of any kind.
         */
        record Step(PrefixKeys starts, boolean capitalised, int minWords, int maxWords, boolean optional, int gap, int id) {

            Step(PrefixKeys starts, boolean capitalised, int minWords, int maxWords, boolean optional, int gap) {
                this(starts, capitalised, minWords, maxWords, optional, gap, -1);
            }

            static Step gap(int words) {
                return new Step(null, false, 0, 0, false, words);
            }

            /** Word {@code w} (starting at {@code at}) opens this step; the beginning is read from the matcher's {@link NextWordKeys}. */
            boolean opensAt(String t, int at, Words words, int w) {
                return (capitalised && Character.isUpperCase(t.charAt(at))) || words.opens(w, id);
            }
        }

        /** The same look, with each step numbered as in {@code keys}. */
        NextWords numbered(NextWordKeys keys) {
            List<Step> out = new ArrayList<>(steps.size());
            for (Step s : steps) {
                out.add(s.starts() == null ? s : new Step(s.starts(), s.capitalised(), s.minWords(), s.maxWords(), s.optional(), s.gap(), keys.id(s.starts())));
            }
            return new NextWords(minWords, maxWords, List.copyOf(out));
        }

        boolean follow(String t, Words words) {
            long at = span(1L, minWords, maxWords);
            // By index: an iterator per call was most of what matching allocated.
            for (int s = 0; s < steps.size(); s++) {
                Step step = steps.get(s);
                if (Long.SIZE - 1 - Long.numberOfLeadingZeros(at) >= MAX_WORD) {
                    return true;
                }
                if (step.gap() > 0) {
                    at = span(at, 0, step.gap());
                    continue;
                }
                long opened = 0;
                for (long bits = at; bits != 0; bits &= bits - 1) {
                    int w = Long.numberOfTrailingZeros(bits);
                    int start = words.start(w);
                    if (start >= 0 && step.opensAt(t, start, words, w)) {
                        opened |= 1L << w;
                    }
                }
                long after = span(opened, step.minWords(), step.maxWords());
                at = step.optional() ? at | after : after;
                if (at == 0) {
                    return false;
                }
            }
            return true;
        }

        /** The word positions {@code from} (a bit each) moved on by {@code min} to {@code max} words. */
        private static long span(long from, int min, int max) {
            long out = 0;
            for (int k = min; k <= max; k++) {
                out |= from << k;
            }
            return out;
        }
    }

    /**
     * Where the words start after a word start {@code i} of one text, found once per place for all
     * branches tried there: word 0 is at {@code i}, each next one after one to four spaces (the
     * most a phrase allows between words); a longer gap or the end of the text ends the list.
     */
    static final class Words {
        private final String t;
        private final NextWordKeys keys;
        private final int[] starts = new int[NextWords.MAX_WORD + 1];
        /** Each word's group in {@code keys}, read when first asked for: valid where {@code read} is {@code place}. */
        private final int[] groups = new int[NextWords.MAX_WORD + 1];
        private final int[] read = new int[NextWords.MAX_WORD + 1];
        private int place;
        private int known;
        private boolean ended;

        Words(String t, NextWordKeys keys) {
            this.t = t;
            this.keys = keys;
        }

        /** The words after the word start {@code i}; what was read for {@code i} already is kept (it depends on the text only). */
        void reset(int i) {
            if (known > 0 && starts[0] == i) {
                return;
            }
            starts[0] = i;
            known = 1;
            ended = false;
            place++;
        }

        /** Whether word {@code w} (which exists) begins with one of the beginnings of step {@code step}. */
        boolean opens(int w, int step) {
            if (read[w] != place) {
                groups[w] = keys.groupAt(t, starts[w]);
                read[w] = place;
            }
            return keys.opens(groups[w], step);
        }

        /** The start of word {@code w}, or -1 when there is no such word. */
        int start(int w) {
            while (known <= w && !ended) {
                int at = starts[known - 1];
                while (at < t.length() && !Character.isWhitespace(t.charAt(at))) {
                    at++;
                }
                int gap = at;
                while (at < t.length() && Character.isWhitespace(t.charAt(at))) {
                    at++;
                }
                if (at - gap == 0 || at - gap > 4 || at >= t.length() || known == starts.length) {
                    ended = true;
                } else {
                    starts[known++] = at;
                }
            }
            return w < known ? starts[w] : -1;
        }
    }

    private final List<Branch> branches;
    /** All branches' beginnings together: the gate most word starts stop at. */
    private final PrefixKeys starts;
    private final boolean capitalisedStart;
    /**
     * The branches that can start at a word, by the group {@link PackedKeyTable#groupAt} gives for
     * it, in the order they are tried: for a word in lower case and for a capitalised word (which
     * also opens the branches that start with any capitalised word).
     */
    private final int[][] byGroup;
    private final int[][] byGroupCapitalised;
    /** The same for a word that begins with none of the beginnings. */
    private final int[] noGroup;
    private final int[] noGroupCapitalised;
    private final boolean alwaysOpen;
    /**
     * Each branch's first word, numbered (-1 for a branch that starts at any capitalised word):
     * a first word like "kan" starts dozens of branches, and is compared with the text once.
     */
    private final int[] firstWordOf;

    /** The beginnings every step of every branch asks the next words for, in one table. */
    private final NextWordKeys nextWordKeys;

    private WordStartMatcher(List<Branch> given) {
        this.nextWordKeys = NextWordKeys.of(given.stream().map(Branch::next).toList());
        List<Branch> branches = new ArrayList<>(given.size());
        for (Branch b : given) {
            branches.add(b.next() == null ? b : new Branch(b.pattern(), b.starts(), b.capitalisedStart(), b.word(), b.stem(), b.letters(),
                    b.next().numbered(this.nextWordKeys)));
        }
        this.branches = List.copyOf(branches);
        List<String> all = new ArrayList<>();
        TreeSet<Integer> capitalised = new TreeSet<>();
        TreeSet<Integer> ungated = new TreeSet<>();
        for (int b = 0; b < branches.size(); b++) {
            Branch branch = branches.get(b);
            if (branch.word() != null && branch.starts().keys().isEmpty()) {
                ungated.add(b);
            }
            all.addAll(branch.starts().keys());
            if (branch.capitalisedStart()) {
                capitalised.add(b);
            }
        }
        this.starts = PrefixKeys.of(all);
        this.capitalisedStart = !capitalised.isEmpty();
        this.alwaysOpen = !ungated.isEmpty();
        Map<String, Integer> firstWordIds = new HashMap<>();
        this.firstWordOf = new int[branches.size()];
        for (int b = 0; b < branches.size(); b++) {
            String key = branches.get(b).firstWordKey();
            firstWordOf[b] = key == null ? -1 : firstWordIds.computeIfAbsent(key, k -> firstWordIds.size());
        }
        // Which branches each beginning in the table opens (a branch may open several).
        List<String> keys = starts.keys();
        List<TreeSet<Integer>> byKey = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            byKey.add(new TreeSet<>());
        }
        for (int b = 0; b < branches.size(); b++) {
            for (String key : branches.get(b).starts().keys()) {
                byKey.get(Collections.binarySearch(keys, key)).add(b);
            }
        }
        PackedKeyTable table = starts.table();
        this.byGroup = new int[table.groups()][];
        this.byGroupCapitalised = new int[table.groups()][];
        for (int g = 0; g < table.groups(); g++) {
            TreeSet<Integer> open = new TreeSet<>(ungated);
            for (int k : table.group(g)) {
                open.addAll(byKey.get(k));
            }
            byGroup[g] = ints(open);
            open.addAll(capitalised);
            byGroupCapitalised[g] = ints(open);
        }
        this.noGroup = ints(ungated);
        TreeSet<Integer> open = new TreeSet<>(ungated);
        open.addAll(capitalised);
        this.noGroupCapitalised = ints(open);
    }

    private static int[] ints(TreeSet<Integer> set) {
        return set.stream().mapToInt(Integer::intValue).toArray();
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
        Builder addWord(Pattern pattern, String word, boolean stem, NextWords next) {
            branches.add(new Branch(pattern, PrefixKeys.ofWords(List.of(word)), false, fold(word), stem, next));
            return this;
        }

        /** A branch that starts with a capitalised word; {@code next} (may be null) is what must follow it. */
        Builder addCapitalised(Pattern pattern, NextWords next) {
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
            int end = run.matchAt(i);
            if (end >= 0) {
                out.add(new int[] {i, end});
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
        return out;
    }

    /** As {@link #find(String, int)}, tried only at {@code starts} (ascending word starts a caller's own gate chose). */
    List<int[]> findAt(String t, int[] starts, int limit) {
        List<int[]> out = new ArrayList<>();
        Run run = run(t);
        int next = 0;
        for (int i : starts) {
            if (out.size() >= limit) {
                break;
            }
            next = run.collectAt(i, next, out);
        }
        return out;
    }

    PrefixKeys starts() {
        return starts;
    }

    /**
     * How a branch is gated, for {@link WordStartIndex}'s next-word gate: its beginnings (packed),
     * whether any capitalised word opens it, whether every word start does, and what it asks of
     * the next word.
     */
    record BranchStart(long[] beginnings, boolean capitalised, boolean ungated, NextWordGate.Condition next) {
    }

    List<BranchStart> branchStarts() {
        List<BranchStart> out = new ArrayList<>(branches.size());
        for (Branch b : branches) {
            boolean ungated = b.word() != null && b.starts().keys().isEmpty();
            out.add(new BranchStart(b.starts().packed(), b.capitalisedStart(), ungated,
                    NextWordGate.Condition.of(b.next(), b.capitalisedStart())));
        }
        return out;
    }

    boolean capitalisedStart() {
        return capitalisedStart;
    }

    /** The matcher has a branch whose word does not begin with a letter: its gate is always open. */
    boolean alwaysOpen() {
        return alwaysOpen;
    }

    /** The branches that can start at the word start {@code i}, in the order they are tried (may be empty). */
    private int[] candidates(String t, int i) {
        int g = starts.table().groupAt(t, i);
        boolean capitalised = Character.isUpperCase(t.charAt(i));
        if (g < 0) {
            return capitalised ? noGroupCapitalised : noGroup;
        }
        return capitalised ? byGroupCapitalised[g] : byGroup[g];
    }

    /** This matcher on one text; its regex matchers are made when first needed. */
    Run run(String t) {
        return new Run(t);
    }


    /**
     * Which of the branches a word start opens are worth trying there, as a caller that knows
     * more about the place can tell (see {@link WordStartIndex}); a branch it turns away could
     * not have matched.
     */
    interface BranchFilter {

        /** Whether branch {@code branch} (its index in this matcher) may match at the place being tried. */
        boolean allows(int branch);
    }

    private static final BranchFilter ALL_BRANCHES = b -> true;

    /**
     * This matcher on one text. Its state is made when first needed: a check of a few kilobytes
     * runs some twenty matchers, most of which never get past the gate of their first word.
     */
    final class Run {
        /** How many first words are remembered per place; more are compared again. */
        private static final int COMPARED = 8;
        /** Up to this many regex matchers are kept in a short list, beyond it in an array over all branches. */
        private static final int FEW_MATCHERS = 32;

        private final String t;
        /** The regex matchers made so far: few of a matcher's branches get as far as their regex in one text. */
        private int[] matcherBranches;
        private Matcher[] fewMatchers;
        private int matcherCount;
        private Matcher[] matchers;
        /**
         * The first words compared at the place being tried, and whether the text begins with each
         * there: a common first word ("kan") starts dozens of branches, and is compared once.
         */
        private final int[] compared = new int[COMPARED];
        private final boolean[] begins = new boolean[COMPARED];
        private int comparedCount;
        private Words words;

        private Run(String t) {
            this.t = t;
        }

        /**
         * Adds the match at the word start {@code i} to {@code out}, unless {@code i} lies inside the
         * previous match (before {@code next}); returns where the following match may start.
         */
        int collectAt(int i, int next, List<int[]> out) {
            if (i < next) {
                return next;
            }
            int end = matchAt(i);
            if (end < 0) {
                return next;
            }
            out.add(new int[] {i, end});
            return Math.max(end, i + 1);
        }

        /** The end of the first branch that matches at the word start {@code i}, or -1. */
        int matchAt(int i) {
            return matchAt(i, candidates(t, i), ALL_BRANCHES);
        }

        /**
         * The end of the first of the branches {@code open} (as {@link #candidates} gives them for
         * the word start {@code i}) that {@code filter} allows and that matches there, or -1.
         */
        int matchAt(int i, int[] open, BranchFilter filter) {
            if (open.length == 0) {
                return -1;
            }
            int wordEnd = i;
            while (wordEnd < t.length() && Character.isLetter(t.charAt(wordEnd))) {
                wordEnd++;
            }
            comparedCount = 0;
            boolean wordsRead = false;
            for (int b : open) {
                if (!filter.allows(b)) {
                    continue;
                }
                Branch branch = branches.get(b);
                int w = firstWordOf[b];
                if (w >= 0 && !begins(w, i, wordEnd, branch)) {
                    continue;
                }
                if (branch.next() != null) {
                    if (!wordsRead) {
                        words().reset(i);
                        wordsRead = true;
                    }
                    if (!branch.next().follow(t, words)) {
                        continue;
                    }
                }
                Matcher m = matcher(b).region(i, t.length());
                if (m.lookingAt()) {
                    return m.end();
                }
            }
            return -1;
        }

        /** Whether the text at {@code i} begins with first word {@code w} (of {@code branch}), compared once per place. */
        private boolean begins(int w, int i, int wordEnd, Branch branch) {
            for (int c = 0; c < comparedCount; c++) {
                if (compared[c] == w) {
                    return begins[c];
                }
            }
            boolean result = beginsWith(t, i, wordEnd, branch.word(), branch.stem(), branch.letters());
            if (comparedCount < COMPARED) {
                compared[comparedCount] = w;
                begins[comparedCount++] = result;
            }
            return result;
        }

        private Words words() {
            if (words == null) {
                words = new Words(t, nextWordKeys);
            }
            return words;
        }

        private Matcher matcher(int b) {
            if (matchers != null) {
                if (matchers[b] == null) {
                    matchers[b] = newMatcher(b);
                }
                return matchers[b];
            }
            for (int k = 0; k < matcherCount; k++) {
                if (matcherBranches[k] == b) {
                    return fewMatchers[k];
                }
            }
            Matcher m = newMatcher(b);
            if (matcherCount == FEW_MATCHERS) {
                matchers = new Matcher[branches.size()];
                for (int k = 0; k < matcherCount; k++) {
                    matchers[matcherBranches[k]] = fewMatchers[k];
                }
                matchers[b] = m;
                return m;
            }
            if (matcherBranches == null || matcherCount == matcherBranches.length) {
                int n = matcherBranches == null ? 4 : 2 * matcherCount;
                matcherBranches = matcherBranches == null ? new int[n] : Arrays.copyOf(matcherBranches, n);
                fewMatchers = fewMatchers == null ? new Matcher[n] : Arrays.copyOf(fewMatchers, n);
            }
            matcherBranches[matcherCount] = b;
            fewMatchers[matcherCount++] = m;
            return m;
        }

        private Matcher newMatcher(int b) {
            Matcher m = branches.get(b).pattern().matcher(t);
            m.useTransparentBounds(true);
            return m;
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
