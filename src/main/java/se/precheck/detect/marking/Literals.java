package se.precheck.detect.marking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A cheap literal pre-filter: where in a text one of a few words can begin. Every pattern of this
 * family starts with a keyword ("sekretess", "lösenord", "AKIA", "eyJ"), so asking the regex only
 * at those places turns a regex attempt at every position into a table look-up per character.
 * The test is necessary, not sufficient: the pattern still decides.
 *
 * <p>Case-insensitive words are compared like java.util.regex with UNICODE_CASE: the first
 * character by its lower case, the rest with {@link String#regionMatches(boolean, int, String, int, int)}.
 */
final class Literals implements Anchored.Start {

    private static final int TABLE = 256;

    private final boolean ignoreCase;
    /** Words by their first character (lower case when ignoring case); only characters below 256. */
    private final String[][] byFirst = new String[TABLE][];
    /** Characters below 256 that a word can begin with, in either case when ignoring case. */
    private final boolean[] firstChar = new boolean[TABLE];

    private Literals(List<String> words, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        List<List<String>> buckets = new ArrayList<>();
        for (int c = 0; c < TABLE; c++) {
            buckets.add(new ArrayList<>());
        }
        for (String w : words) {
            String word = ignoreCase ? w.toLowerCase(Locale.ROOT) : w;
            char first = word.charAt(0);
            if (first >= TABLE) {
                throw new IllegalArgumentException("first character outside Latin-1: " + word);
            }
            if (!buckets.get(first).contains(word)) {
                buckets.get(first).add(word);
            }
        }
        for (int c = 0; c < TABLE; c++) {
            byFirst[c] = buckets.get(c).isEmpty() ? null : buckets.get(c).toArray(String[]::new);
        }
        for (int c = 0; c < TABLE; c++) {
            int key = ignoreCase ? Character.toLowerCase(c) : c;
            firstChar[c] = key < TABLE && byFirst[key] != null;
        }
    }

    static Literals ignoreCase(String... words) {
        return ignoreCase(Arrays.asList(words));
    }

    static Literals ignoreCase(List<String> words) {
        return new Literals(words, true);
    }

    static Literals exact(String... words) {
        return new Literals(Arrays.asList(words), false);
    }

    /** The first word of each lexicon phrase, without a trailing '*': every match of the phrase starts with it. */
    static Literals firstWords(List<String> phrases) {
        List<String> words = new ArrayList<>();
        for (String phrase : phrases) {
            String first = phrase.strip().split("\\s+")[0];
            words.add(first.endsWith("*") ? first.substring(0, first.length() - 1) : first);
        }
        return ignoreCase(words);
    }

    @Override
    public boolean mayBeginWith(char c) {
        return c < TABLE ? firstChar[c] : ignoreCase && Character.toLowerCase(c) < TABLE;
    }

    /** True when one of the words begins at {@code i}. */
    @Override
    public boolean at(String text, int i) {
        char c = text.charAt(i);
        int key = ignoreCase ? Character.toLowerCase(c) : c;
        if (key >= TABLE) {
            return false;
        }
        String[] candidates = byFirst[key];
        if (candidates == null) {
            return false;
        }
        for (String word : candidates) {
            if (text.regionMatches(ignoreCase, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
