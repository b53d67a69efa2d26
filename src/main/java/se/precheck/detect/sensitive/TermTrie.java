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
 * costs memory (states × distinct key characters × 4 bytes, about 9 MB today), which is paid once.
 *
 * <p>Use: start at {@link #ROOT}, feed each character to {@link #next}, and after a step to a state
 * that {@link #hasOutputs}, read the keys ending there, {@code outputsFrom(state)} to
 * {@code outputsTo(state)}; they come in key order, as org.ahocorasick gave them, so the matcher's
 * results do not depend on the automaton. A state is an opaque code (the table row's offset,
 * complemented when keys end there) so that a step is one read and most steps need no other.
 */
final class TermTrie<T> {

    static final int ROOT = 0;

    /** The column of each character; 0 for characters no key contains (they lead back to the root). */
    private final char[] column = new char[Character.MAX_VALUE + 1];
    private final int columns;
    /** The code of the state after the state with code s reads a character of column c: delta[row(s) + c]. */
    private final int[] delta;
    /** The keys ending in state s are outputs outFrom[s] .. outFrom[s+1]-1. */
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
        children.add(new TreeMap<>());
        keyOf.add(null);
        for (String key : keys.keySet()) {
            int s = ROOT;
            for (int i = 0; i < key.length(); i++) {
                int c = column[key.charAt(i)];
                Integer t = children.get(s).get(c);
                if (t == null) {
                    t = children.size();
                    children.add(new TreeMap<>());
                    keyOf.add(null);
                    children.get(s).put(c, t);
                }
                s = t;
            }
            keyOf.set(s, key);
        }
        int states = children.size();

        // Breadth first, so the state a failure leads to (a shorter suffix) is complete first.
        delta = new int[states * columns];
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

        outFrom = new int[states + 1];
        for (int i = 0; i < delta.length; i++) {
            int t = delta[i];
            delta[i] = ending.get(t).isEmpty() ? t * columns : ~(t * columns);
        }
        List<Integer> lengths = new ArrayList<>();
        outPayload = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            List<String> sorted = new ArrayList<>(ending.get(s));
            sorted.sort(null);
            for (String key : sorted) {
                lengths.add(key.length());
                outPayload.add(keys.get(key));
            }
            outFrom[s + 1] = lengths.size();
        }
        outKeyLength = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The state after reading {@code c} in state {@code s}. */
    int next(int s, char c) {
        return delta[(s < 0 ? ~s : s) + column[c]];
    }

    /** Some key ends in this state. */
    static boolean hasOutputs(int s) {
        return s < 0;
    }

    int outputsFrom(int s) {
        return outFrom[(s < 0 ? ~s : s) / columns];
    }

    int outputsTo(int s) {
        return outFrom[(s < 0 ? ~s : s) / columns + 1];
    }

    int keyLength(int output) {
        return outKeyLength[output];
    }

    T payload(int output) {
        return outPayload.get(output);
    }
}
