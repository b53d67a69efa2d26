package se.precheck.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Looks for context words near a span, within a bounded window of characters, as whole words and
 * case-insensitively. Bounded windows keep every check linear in the text.
 *
 * <p>Detectors ask this at many positions, so a look-up reads the text in place without copying
 * or lower-casing the window: at each word start it compares only the words that begin with that
 * character. The result is exactly that of searching the lower-cased window ({@link String#toLowerCase(Locale)}
 * with {@link Locale#ROOT}); the few characters whose lower case depends on their neighbours or
 * changes the length (İ, Σ, surrogate pairs) take that slower way.
 */
public final class ContextWords {

    /** Default window before a span: about five words. */
    public static final int BEFORE = 40;
    /** Default window after a span. */
    public static final int AFTER = 20;

    private final Set<String> words;
    /** Whether a word is empty ("" or "*"): then only the plain search gives the same answers. */
    private final boolean hasEmptyWord;
    /** The distinct first characters of the words, sorted, and for each the words starting with it. */
    private final char[] firsts;
    private final char[][][] byFirst;
    /** Parallel to {@link #byFirst}: whether each word is a prefix (written with a trailing '*'). */
    private final boolean[][] prefixByFirst;

    /** @param words lower-case words or short phrases; a trailing '*' matches any ending */
    public ContextWords(Set<String> words) {
        this.words = Set.copyOf(words);
        TreeMap<Character, List<String>> grouped = new TreeMap<>();
        boolean empty = false;
        for (String w : this.words) {
            String word = w.endsWith("*") ? w.substring(0, w.length() - 1) : w;
            if (word.isEmpty()) {
                empty = true;
            } else {
                grouped.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(w);
            }
        }
        hasEmptyWord = empty;
        firsts = new char[grouped.size()];
        byFirst = new char[grouped.size()][][];
        prefixByFirst = new boolean[grouped.size()][];
        int k = 0;
        for (var entry : grouped.entrySet()) {
            List<String> group = entry.getValue();
            firsts[k] = entry.getKey();
            byFirst[k] = new char[group.size()][];
            prefixByFirst[k] = new boolean[group.size()];
            for (int j = 0; j < group.size(); j++) {
                String w = group.get(j);
                prefixByFirst[k][j] = w.endsWith("*");
                byFirst[k][j] = (prefixByFirst[k][j] ? w.substring(0, w.length() - 1) : w).toCharArray();
            }
            k++;
        }
    }

    public static ContextWords of(String... words) {
        return new ContextWords(Set.of(words));
    }

    /** True when one of the words occurs within the default windows around {@code [start, end)}. */
    public boolean near(String text, int start, int end) {
        return near(text, start, end, BEFORE, AFTER);
    }

    public boolean near(String text, int start, int end, int before, int after) {
        return inWindow(text, Math.max(0, start - before), start) || inWindow(text, end, Math.min(text.length(), end + after));
    }

    /** True when one of the words occurs anywhere in {@code [from, to)}. */
    public boolean inWindow(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        if (hasEmptyWord || !lowerCasedCharByChar(text, from, to)) {
            return inLowerCasedCopy(text, from, to);
        }
        for (int at = from; at < to; at++) {
            if (at > from && Character.isLetterOrDigit(lower(text.charAt(at - 1)))) {
                continue; // not the start of a word
            }
            int group = Arrays.binarySearch(firsts, lower(text.charAt(at)));
            if (group < 0) {
                continue;
            }
            char[][] candidates = byFirst[group];
            for (int w = 0; w < candidates.length; w++) {
                if (wordAt(text, at, to, candidates[w], prefixByFirst[group][w])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code word} (its first character already matched) lies in {@code [at, to)} and ends a word there or is a prefix. */
    private static boolean wordAt(String text, int at, int to, char[] word, boolean prefix) {
        int after = at + word.length;
        if (after > to) {
            return false;
        }
        for (int k = 1; k < word.length; k++) {
            if (lower(text.charAt(at + k)) != word[k]) {
                return false;
            }
        }
        return prefix || after >= to || !Character.isLetterOrDigit(lower(text.charAt(after)));
    }

    private static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    /** Whether lower-casing the window as a string gives the same as lower-casing each character alone. */
    private static boolean lowerCasedCharByChar(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '\u0130' && (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c))) {
                return false;
            }
        }
        return true;
    }

    private boolean inLowerCasedCopy(String text, int from, int to) {
        String window = text.substring(from, to).toLowerCase(Locale.ROOT);
        for (String w : words) {
            boolean prefix = w.endsWith("*");
            String word = prefix ? w.substring(0, w.length() - 1) : w;
            int at = window.indexOf(word);
            while (at >= 0) {
                int after = at + word.length();
                boolean startOk = at == 0 || !Character.isLetterOrDigit(window.charAt(at - 1));
                boolean endOk = prefix || after >= window.length() || !Character.isLetterOrDigit(window.charAt(after));
                if (startOk && endOk) {
                    return true;
                }
                at = at < window.length() ? window.indexOf(word, at + 1) : -1; // an empty word would find the end forever
            }
        }
        return false;
    }
}
