package se.precheck.detect.marking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A cheap literal pre-filter: where in a text one of a few words can begin. Every pattern of this
 * family starts with a keyword ("sekretess", "lösenord", "HEMLIG"), so asking the regex only at
 * those places turns a regex attempt at every word into a walk down a small trie. The test is
 * necessary, not sufficient: the pattern still decides.
 *
 * <p>A space in a word stands for one to three white-space characters, as between the words of a
 * lexicon phrase ({@code \s{1,3}+}). Case-insensitive words are compared at least as loosely as
 * java.util.regex with UNICODE_CASE: the first character by its lower case, the rest like
 * {@link String#regionMatches(boolean, int, String, int, int)}.
 */
final class Literals implements Anchored.Start {

    private static final int TABLE = 256;

    /** A trie node: the characters that may follow and where they lead. */
    private static final class Node {
        boolean end;
        /** Where one to three white-space characters lead (a space in a word). */
        Node space;
        char[] keys = new char[0];
        Node[] next = new Node[0];

        Node child(char key) {
            for (int k = 0; k < keys.length; k++) {
                if (keys[k] == key) {
                    return next[k];
                }
            }
            return null;
        }

        Node add(char key) {
            if (key == ' ') {
                return space == null ? (space = new Node()) : space;
            }
            Node child = child(key);
            if (child == null) {
                child = new Node();
                keys = Arrays.copyOf(keys, keys.length + 1);
                next = Arrays.copyOf(next, next.length + 1);
                keys[keys.length - 1] = key;
                next[next.length - 1] = child;
            }
            return child;
        }
    }

    private final boolean ignoreCase;
    /** The trie of each first character (lower case when ignoring case); only characters below 256. */
    private final Node[] byFirst = new Node[TABLE];
    /** Characters below 256 that a word can begin with, in either case when ignoring case. */
    private final boolean[] firstChar = new boolean[TABLE];

    private Literals(List<String> words, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        List<String> sorted = new ArrayList<>();
        for (String w : words) {
            sorted.add(ignoreCase ? w.toLowerCase(Locale.ROOT) : w);
        }
        // shortest first: once "sekretess" is in, "sekretessbelagd" adds nothing to the filter
        sorted.sort((a, b) -> Integer.compare(a.length(), b.length()));
        for (String word : sorted) {
            add(word);
        }
        for (int c = 0; c < TABLE; c++) {
            int key = ignoreCase ? Character.toLowerCase(c) : c;
            firstChar[c] = key < TABLE && byFirst[key] != null;
        }
    }

    private void add(String word) {
        char first = word.charAt(0);
        if (first >= TABLE) {
            throw new IllegalArgumentException("first character outside Latin-1: " + word);
        }
        if (byFirst[first] == null) {
            byFirst[first] = new Node();
        }
        Node node = byFirst[first];
        for (int k = 1; k < word.length() && !node.end; k++) {
            node = node.add(word.charAt(k));
        }
        node.end = true; // a word ending inside this one already let it through
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

    /**
     * The literal start of each lexicon phrase (see {@link Lexicon}): its words up to the first one
     * ending in '*', without the star. Every match of the phrase starts with it.
     */
    static Literals phraseStarts(List<String> phrases) {
        List<String> starts = new ArrayList<>();
        for (String phrase : phrases) {
            StringBuilder start = new StringBuilder();
            for (String word : phrase.strip().split("\\s+")) {
                start.append(start.length() > 0 ? " " : "");
                if (word.endsWith("*")) {
                    start.append(word, 0, word.length() - 1);
                    break;
                }
                start.append(word);
            }
            starts.add(start.toString());
        }
        return ignoreCase(starts);
    }

    @Override
    public boolean mayBeginWith(char c) {
        return c < TABLE ? firstChar[c] : ignoreCase && Character.toLowerCase(c) < TABLE;
    }

    @Override
    public boolean mayBeginWith(char first, char second) {
        if (!mayBeginWith(first)) {
            return false;
        }
        Node node = byFirst[ignoreCase ? Character.toLowerCase(first) : first];
        return node.end || (node.space != null && isRegexSpace(second)) || step(node, second) != null;
    }

    /** True when one of the words begins at {@code i}. */
    @Override
    public boolean at(String text, int i) {
        char c = text.charAt(i);
        int key = ignoreCase ? Character.toLowerCase(c) : c;
        if (key >= TABLE || byFirst[key] == null) {
            return false;
        }
        Node node = byFirst[key];
        int t = i + 1;
        while (!node.end) {
            Node space = node.space;
            if (space != null && t < text.length() && isRegexSpace(text.charAt(t))) {
                int end = Math.min(text.length(), t + 3);
                while (t < end && isRegexSpace(text.charAt(t))) {
                    t++;
                }
                node = space;
                continue;
            }
            if (t >= text.length() || (node = step(node, text.charAt(t))) == null) {
                return false;
            }
            t++;
        }
        return true;
    }

    /** The child for text character {@code c}: the same character, or the same ignoring case. */
    private Node step(Node node, char c) {
        for (int k = 0; k < node.keys.length; k++) {
            char w = node.keys[k];
            if (w == c || (ignoreCase && sameIgnoringCase(c, w))) {
                return node.next[k];
            }
        }
        return null;
    }

    /** {@code w} is in lower case. */
    private static boolean sameIgnoringCase(char c, char w) {
        if (c < 128 && w < 128) {
            return w >= 'a' && w <= 'z' && c == w - ('a' - 'A');
        }
        char cu = Character.toUpperCase(c);
        char wu = Character.toUpperCase(w);
        return cu == wu || Character.toLowerCase(cu) == Character.toLowerCase(wu);
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
