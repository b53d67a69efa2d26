package se.precheck.detect;

import java.util.Locale;
import java.util.Set;

/**
 * Looks for context words near a span, within a bounded window of characters, as whole words and
 * case-insensitively. Bounded windows keep every check linear in the text.
 */
public final class ContextWords {

    /** Default window before a span: about five words. */
    public static final int BEFORE = 40;
    /** Default window after a span. */
    public static final int AFTER = 20;

    private final Set<String> words;

    /** @param words lower-case words or short phrases; a trailing '*' matches any ending */
    public ContextWords(Set<String> words) {
        this.words = Set.copyOf(words);
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
                at = window.indexOf(word, at + 1);
            }
        }
        return false;
    }
}
