package se.precheck.detect.userules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs phrase patterns only where a word starts with one of the letters their phrases can start
 * with. A regex {@code find} tries every position of the text; here most word starts are turned
 * away by a lookup of the word's first letters, without allocating, and at the others only the
 * alternatives that can start with that word are tried.
 *
 * <p>The alternatives are tried in order and the first that matches wins, as in a regex
 * alternation {@code (?:a|b|…)}.
 */
final class WordStartMatcher {

    /** One alternative: its pattern and the word beginnings it can match at. */
    private record Alternative(Pattern pattern, PrefixKeys starts, boolean capitalisedStart) {

        boolean opensAt(String t, int i) {
            return (capitalisedStart && Character.isUpperCase(t.charAt(i))) || starts.matchWordAt(t, i);
        }
    }

    private final List<Alternative> alternatives;
    /** All alternatives' beginnings together: the gate most word starts stop at. */
    private final PrefixKeys starts;
    private final boolean capitalisedStart;

    private WordStartMatcher(List<Alternative> alternatives) {
        this.alternatives = List.copyOf(alternatives);
        List<String> all = new ArrayList<>();
        boolean capitalised = false;
        for (Alternative a : alternatives) {
            all.addAll(a.starts().keys());
            capitalised |= a.capitalisedStart();
        }
        this.starts = PrefixKeys.of(all);
        this.capitalisedStart = capitalised;
    }

    /** One pattern, gated by the words it can start with. */
    static WordStartMatcher of(Pattern pattern, List<String> firstWords, boolean capitalisedStart) {
        return builder().add(pattern, firstWords, capitalisedStart).build();
    }

    static Builder builder() {
        return new Builder();
    }

    /** Collects alternatives in the order they are tried. */
    static final class Builder {
        private final List<Alternative> alternatives = new ArrayList<>();

        /**
         * @param pattern          matched with {@code lookingAt} at each gated word start
         * @param firstWords       the words (or stems) a match can start with
         * @param capitalisedStart a match can also start at any capitalised word (a name)
         */
        Builder add(Pattern pattern, List<String> firstWords, boolean capitalisedStart) {
            alternatives.add(new Alternative(pattern, PrefixKeys.ofWords(firstWords), capitalisedStart));
            return this;
        }

        WordStartMatcher build() {
            return new WordStartMatcher(alternatives);
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
        return (capitalisedStart && Character.isUpperCase(t.charAt(i))) || starts.matchWordAt(t, i);
    }

    /** This matcher on one text; its regex matchers are made when first needed. */
    Run run(String t) {
        return new Run(t);
    }

    final class Run {
        private final String t;
        private final Matcher[] matchers = new Matcher[alternatives.size()];

        private Run(String t) {
            this.t = t;
        }

        /** The end of the first alternative that matches at the word start {@code i}, or -1. */
        int matchAt(int i) {
            for (int a = 0; a < matchers.length; a++) {
                Alternative alt = alternatives.get(a);
                if (!alt.opensAt(t, i)) {
                    continue;
                }
                if (matchers[a] == null) {
                    matchers[a] = alt.pattern().matcher(t);
                    matchers[a].useTransparentBounds(true);
                }
                Matcher m = matchers[a].region(i, t.length());
                if (m.lookingAt()) {
                    return m.end();
                }
            }
            return -1;
        }
    }
}
