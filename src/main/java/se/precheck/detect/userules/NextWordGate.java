package se.precheck.detect.userules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A second gate after a word start's first letters: what the word right after it must begin with.
 * Why: the first words of the decision phrases are among the commonest of the language ("kan",
 * "den", "ska", "vi", any capitalised word), so the first-letter gate lets about every other word
 * through, and each of a dozen phrase lists then tried dozens of phrases there one by one. Nearly
 * all of them fail at the very next word ("kan <b>vi</b> bevilja", "den <b>sökande</b>"). Here the
 * next word is read once per word start, and a list is tried only when it opens one of the
 * phrases that list can start there.
 *
 * <p>A {@link Condition} is what one or more phrases ask of the next word, as the word-by-word look
 * of {@link WordStartMatcher.NextWords} asks it (so it lets through at least what that look, and
 * so the regex, would): any word, or a word that begins with one of some beginnings, or a
 * capitalised word.
 */
final class NextWordGate {

    /**
     * What the word after a phrase's first word must be: {@code any} word (or none), or a word
     * that begins with one of {@code keys} or, when {@code capitalised}, any capitalised word.
     * With {@code afterName} the first word is a name that may have two words: then a capitalised
     * next word may be its second word, and the word after that must meet the condition instead.
     */
    record Condition(boolean any, boolean capitalised, List<String> keys, boolean afterName) {

        static final Condition ANY = new Condition(true, false, List.of(), false);
        static final Condition NONE = new Condition(false, false, List.of(), false);

        /**
         * What a branch's look asks of word 1. It can tell only when its first token is one word
         * (or a capitalised name of one or two words, whose second word is capitalised) and its
         * first step is a required word; otherwise any word goes.
         */
        static Condition of(WordStartMatcher.NextWords next, boolean capitalisedStart) {
            if (next == null || next.minWords() != 1 || (next.maxWords() > 1 && !capitalisedStart)) {
                return ANY;
            }
            WordStartMatcher.NextWords.Step step = next.steps().get(0);
            if (step.gap() > 0 || step.optional()) {
                return ANY;
            }
            if (next.maxWords() == 2) {
                return new Condition(false, step.capitalised(), step.starts().keys(), true);
            }
            return new Condition(false, step.capitalised() || next.maxWords() > 1, step.starts().keys(), false);
        }

        Condition or(Condition other) {
            if (any || other.any) {
                return ANY;
            }
            TreeSet<String> union = new TreeSet<>(keys);
            union.addAll(other.keys);
            // A gate of several phrases reads only the next word: a name's second word counts as any capitalised word.
            return new Condition(false, capitalised || afterName || other.capitalised || other.afterName, List.copyOf(union), false);
        }
    }

    private final NextWordKeys keys;
    private final boolean[] capitalised;
    private final boolean[] afterName;
    private final Map<Condition, Integer> ids;

    /** The gate for {@code conditions}; a condition's number is {@link #id(Condition)}. */
    NextWordGate(List<Condition> conditions) {
        Map<Condition, Integer> ids = new HashMap<>();
        List<PrefixKeys> sets = new ArrayList<>();
        List<Boolean> caps = new ArrayList<>();
        List<Boolean> names = new ArrayList<>();
        for (Condition c : conditions) {
            if (c.any() || ids.containsKey(c)) {
                continue;
            }
            ids.put(c, sets.size());
            sets.add(PrefixKeys.of(c.keys()));
            caps.add(c.capitalised());
            names.add(c.afterName());
        }
        this.ids = Map.copyOf(ids);
        this.keys = NextWordKeys.ofKeys(sets);
        this.capitalised = new boolean[caps.size()];
        this.afterName = new boolean[names.size()];
        for (int k = 0; k < capitalised.length; k++) {
            capitalised[k] = caps.get(k);
            afterName[k] = names.get(k);
        }
    }

    /** The number of a condition given to the constructor, or -1 for {@link Condition#ANY}. */
    int id(Condition c) {
        return c.any() ? -1 : ids.get(c);
    }

    /**
     * Where the word after the word starting at {@code i} starts, or -1 when there is none: as
     * {@link WordStartMatcher.Words} reads it, after one to four spaces.
     */
    static int nextWord(String t, int i) {
        int at = i;
        while (at < t.length() && !Character.isWhitespace(t.charAt(at))) {
            at++;
        }
        int gap = at;
        while (at < t.length() && Character.isWhitespace(t.charAt(at))) {
            at++;
        }
        return at - gap == 0 || at - gap > 4 || at >= t.length() ? -1 : at;
    }

    /** The group of the next word's beginning (look it up once per word start), or -1. */
    int groupAt(String t, int next) {
        return next < 0 ? -1 : keys.groupAt(t, next);
    }

    /**
     * Whether the next word (at {@code next}, -1 for none; of group {@code group}) meets condition
     * {@code id}. For a condition {@link Condition#afterName after a name} this is only whether
     * that word does; see {@link #allowsAfterName}.
     */
    boolean allows(String t, int next, int group, int id) {
        if (id < 0) {
            return true;
        }
        if (next < 0) {
            return false;
        }
        return (capitalised[id] && Character.isUpperCase(t.charAt(next))) || keys.opens(group, id);
    }

    /**
     * For a condition {@link Condition#afterName after a name} that the next word (at {@code next})
     * does not meet: whether that word is capitalised (the name's second word) and the word after
     * it ({@code second}, of group {@code secondGroup}, as {@link #nextWord} finds it) meets it.
     */
    boolean allowsAfterName(String t, int next, int second, int secondGroup, int id) {
        return id >= 0 && afterName[id] && next >= 0 && Character.isUpperCase(t.charAt(next)) && allows(t, second, secondGroup, id);
    }

    /** Whether condition {@code id} is one {@link Condition#afterName after a name}. */
    boolean afterName(int id) {
        return id >= 0 && afterName[id];
    }
}
