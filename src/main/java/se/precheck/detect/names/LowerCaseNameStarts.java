package se.precheck.detect.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which plain lower-case spellings can start a name or a not-name phrase ("anna", "annas", "lex"),
 * found from the characters of a word without making a {@code String} of it. A plain lower-case
 * word (every character a Latin-1 lower-case letter whose lower case is itself) is its own lexicon
 * key and never capitalised, so it can start a name exactly when it, or it without a genitive s,
 * is a listed first name, or it starts a two-word not-name ({@link WordForm#mayStartName}). Most
 * words of a text are such words; this table spares them a form of their own.
 */
final class LowerCaseNameStarts {

    private static final Table TABLE = new Table(keys(NameLexicon.get()));

    private LowerCaseNameStarts() {
    }

    /**
     * Whether the plain lower-case word {@code chars[start, end)} may start a name; true for every
     * such word whose form says {@link WordForm#mayStartName}.
     *
     * @param hash the characters' {@link String#hashCode()}
     */
    static boolean mayStart(char[] chars, int start, int end, int hash) {
        return TABLE.contains(chars, start, end, hash);
    }

    /** Is a plain lower-case letter, see the class comment: a-z and ß-ÿ but ÷. */
    static boolean isPlainLowerCase(char c) {
        return c >= 'a' && c <= 'z' || c >= '\u00DF' && c <= '\u00FF' && c != '\u00F7';
    }

    /** The first names, their genitives as {@code NameLexicon} strips them (longer than three letters), and the phrase starts. */
    private static List<String> keys(NameLexicon lexicon) {
        Set<String> keys = new HashSet<>(lexicon.notNamePhraseStarts());
        for (String name : lexicon.firstNames()) {
            keys.add(name);
            if (name.length() + 1 > 3) {
                keys.add(name + "s");
            }
        }
        return new ArrayList<>(keys);
    }

    /** An open-addressing set of character sequences, keyed by {@link String#hashCode()}. */
    private static final class Table {
        private final int[] hashes;
        private final char[][] keys;

        Table(List<String> words) {
            int capacity = Integer.highestOneBit(Math.max(4, words.size() * 2)) << 1;
            hashes = new int[capacity];
            keys = new char[capacity][];
            for (String w : words) {
                int slot = spread(w.hashCode()) & (capacity - 1);
                while (keys[slot] != null) {
                    slot = (slot + 1) & (capacity - 1);
                }
                hashes[slot] = w.hashCode();
                keys[slot] = w.toCharArray();
            }
        }

        boolean contains(char[] chars, int start, int end, int hash) {
            int mask = keys.length - 1;
            for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == hash && java.util.Arrays.equals(keys[slot], 0, keys[slot].length, chars, start, end)) {
                    return true;
                }
            }
            return false;
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }
    }
}
