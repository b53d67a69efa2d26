package se.precheck.detect.sensitive;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An Aho-Corasick automaton over lower-case keys, compiled to a table (one array read per
 * character of text), built once and then only read, so it is thread-safe. It replaces
 * org.ahocorasick's trie here, which boxes every character and follows hash maps and failure links:
 * that was most of the time spent reading a text for the family's six thousand terms. The table
 * costs memory (states × distinct key characters × 2 bytes, about 4.5 MB today), which is paid once;
 * states are numbered breadth first so the shallow states, where most text stays, lie together.
 *
 * <p>A run of spaces reads as one space (keys hold single spaces, and neither start nor end with
 * one), so a caller that maps all white space to ' ' matches phrases across line breaks and
 * indentation without skipping characters itself.
 *
 * <p>Use: start at {@link #ROOT}, feed each character to {@link #next}, and after a step to a state
 * that {@link #hasOutputs}, read the keys ending there, {@code outputsFrom(state)} to
 * {@code outputsTo(state)}; they come in key order, as org.ahocorasick gave them, so the matcher's
 * results do not depend on the automaton.
 */
final class TermTrie<T> {

    static final int ROOT = 0;

    /** The column of each character; 0 for characters no key contains (they lead back to the root). */
    private final char[] column = new char[Character.MAX_VALUE + 1];
    private final int columns;
    /** The state after state s reads a character of column c: table[s * columns + c] (wideTable when the states outgrow a char). */
    private final char[] table;
    private final int[] wideTable;
    private final boolean wide;
    /** States from this one on are those where keys end. */
    private final int firstWithOutputs;
    /** The keys ending in state s are outputs outFrom[s - firstWithOutputs] .. outFrom[s - firstWithOutputs + 1] - 1. */
    private final int[] outFrom;
    private final int[] outKeyLength;
    private final List<T> outPayload;

    TermTrie(Map<String, T> keys) {
        TreeSet<Character> alphabet = new TreeSet<>();
        keys.keySet().forEach(k -> k.chars().forEach(c -> alphabet.add((char) c)));
        int col = 1;
        for (char c : alphabet) {
            column[c] = (char) col++;
        }
        columns = col;

        // The trie of the keys (goto function): children.get(s) maps a column to the next state.
        List<TreeMap<Integer, Integer>> children = new ArrayList<>();
        List<String> keyOf = new ArrayList<>();
        List<Integer> lastColumn = new ArrayList<>(); // the column of the character that leads into each state
        children.add(new TreeMap<>());
        keyOf.add(null);
        lastColumn.add(0);
        for (String key : keys.keySet()) {
            if (key.startsWith(" ") || key.endsWith(" ")) {
                throw new IllegalArgumentException("a key starts or ends with a space: '" + key + "'");
            }
            int s = ROOT;
            for (int i = 0; i < key.length(); i++) {
                int c = column[key.charAt(i)];
                Integer t = children.get(s).get(c);
                if (t == null) {
                    t = children.size();
                    children.add(new TreeMap<>());
                    keyOf.add(null);
                    lastColumn.add(c);
                    children.get(s).put(c, t);
                }
                s = t;
            }
            keyOf.set(s, key);
        }
        int states = children.size();

        // Breadth first, so the state a failure leads to (a shorter suffix) is complete first.
        int[] delta = new int[states * columns];
        int[] failure = new int[states];
        List<List<String>> ending = new ArrayList<>(states);
        for (int s = 0; s < states; s++) {
            ending.add(keyOf.get(s) == null ? List.of() : List.of(keyOf.get(s)));
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(ROOT);
        while (!queue.isEmpty()) {
            int s = queue.remove();
            for (int c = 1; c < columns; c++) {
                Integer t = children.get(s).get(c);
                if (t == null) {
                    delta[s * columns + c] = s == ROOT ? ROOT : delta[failure[s] * columns + c];
                    continue;
                }
                delta[s * columns + c] = t;
                failure[t] = s == ROOT ? ROOT : delta[failure[s] * columns + c];
                if (!ending.get(failure[t]).isEmpty()) {
                    List<String> all = new ArrayList<>(ending.get(t));
                    all.addAll(ending.get(failure[t]));
                    ending.set(t, all);
                }
                queue.add(t);
            }
        }

        // Number the states breadth first (the shallow states most text keeps to share cache lines),
        // those where no key ends before those where one does: then a step is one read of a small
        // table and "some key ends here" one comparison.
        int[] order = new int[states];
        int[] byOrder = new int[states];
        int n = 0;
        for (int pass = 0; pass < 2; pass++) {
            boolean withKeys = pass == 1;
            for (int s : breadthFirst(children, states)) {
                if (ending.get(s).isEmpty() != withKeys) {
                    order[s] = n;
                    byOrder[n++] = s;
                }
            }
        }
        firstWithOutputs = states - (int) ending.stream().filter(e -> !e.isEmpty()).count();
        wide = states > Character.MAX_VALUE + 1;
        if (wide) {
            table = null;
            wideTable = new int[states * columns];
        } else {
            table = new char[states * columns];
            wideTable = null;
        }
        for (int s = 0; s < states; s++) {
            for (int c = 0; c < columns; c++) {
                int to = order[delta[s * columns + c]];
                if (wide) wideTable[order[s] * columns + c] = to;
                else table[order[s] * columns + c] = (char) to;
            }
        }
        // A run of spaces reads as one: a state a space led into stays put on more spaces (the root,
        // where a space leads when no key goes on with it, already does, as no key starts with a space).
        int space = column[' '];
        if (space != 0) {
            for (int s = 0; s < states; s++) {
                if (lastColumn.get(s) == space) {
                    if (wide) wideTable[order[s] * columns + space] = order[s];
                    else table[order[s] * columns + space] = (char) order[s];
                }
            }
        }
        outFrom = new int[states - firstWithOutputs + 1];
        List<Integer> lengths = new ArrayList<>();
        outPayload = new ArrayList<>();
        for (int k = firstWithOutputs; k < states; k++) {
            List<String> sorted = new ArrayList<>(ending.get(byOrder[k]));
            sorted.sort(null);
            for (String key : sorted) {
                lengths.add(key.length());
                outPayload.add(keys.get(key));
            }
            outFrom[k - firstWithOutputs + 1] = lengths.size();
        }
        outKeyLength = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The states of the trie, parents before children. */
    private static List<Integer> breadthFirst(List<TreeMap<Integer, Integer>> children, int states) {
        List<Integer> out = new ArrayList<>(states);
        out.add(ROOT);
        for (int k = 0; k < out.size(); k++) {
            out.addAll(children.get(out.get(k)).values());
        }
        return out;
    }

    /** The state after reading {@code c} in state {@code s}. */
    int next(int s, char c) {
        return step(s, column[c]);
    }

    /** The column of a character (0 for one no key contains), for callers that map characters to columns once, in their own table. */
    int column(char c) {
        return column[c];
    }

    /** The state after reading a character of column {@code col} in state {@code s}. */
    int step(int s, int col) {
        int at = s * columns + col;
        return wide ? wideTable[at] : table[at];
    }

    /** Some key ends in this state. */
    boolean hasOutputs(int s) {
        return s >= firstWithOutputs;
    }

    int outputsFrom(int s) {
        return outFrom[s - firstWithOutputs];
    }

    int outputsTo(int s) {
        return outFrom[s - firstWithOutputs + 1];
    }

    int keyLength(int output) {
        return outKeyLength[output];
    }

    T payload(int output) {
        return outPayload.get(output);
    }
}
