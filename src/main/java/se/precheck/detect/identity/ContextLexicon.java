package se.precheck.detect.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.precheck.detect.LexiconFiles;

/**
 * Context words of one kind, read once from a lexicon file ({@code lexicon/identity/*.txt}: one
 * term per line, {@code #} comments, a trailing {@code *} matches any ending). Unlike
 * {@link se.precheck.detect.ContextWords} a word may touch digits ("pnr:199001012380",
 * "pnr199001012380"): only letters count as part of a longer word. (A {@code ContextWords} option
 * for that would make this class unnecessary.) Windows are bounded, so each
 * look-up costs a constant amount of work.
 */
final class ContextLexicon {

    private final List<String> words;
    private final List<Boolean> prefixes;

    private ContextLexicon(List<String> terms) {
        List<String> w = new ArrayList<>();
        List<Boolean> p = new ArrayList<>();
        for (String term : terms) {
            boolean prefix = term.endsWith("*");
            w.add(prefix ? term.substring(0, term.length() - 1) : term);
            p.add(prefix);
        }
        this.words = List.copyOf(w);
        this.prefixes = List.copyOf(p);
    }

    static ContextLexicon load(String name) {
        List<String> terms = LexiconFiles.lines("lexicon/identity/" + name).stream()
                .map(term -> term.toLowerCase(Locale.ROOT)).toList();
        if (terms.isEmpty()) {
            throw new IllegalStateException("empty lexicon lexicon/identity/" + name);
        }
        return new ContextLexicon(terms);
    }

    /** A word within {@code before} characters before {@code start} or {@code after} characters after {@code end}. */
    boolean near(String text, int start, int end, int before, int after) {
        return inWindow(text, Math.max(0, start - before), start)
                || inWindow(text, end, Math.min(text.length(), end + after));
    }

    boolean inWindow(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        String window = text.substring(from, to).toLowerCase(Locale.ROOT);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean prefix = prefixes.get(i);
            for (int at = window.indexOf(word); at >= 0; at = window.indexOf(word, at + 1)) {
                int after = at + word.length();
                boolean startOk = at == 0 || !Character.isLetter(window.charAt(at - 1));
                boolean endOk = prefix || after >= window.length() || !Character.isLetter(window.charAt(after))
                        || !Character.isLetter(word.charAt(word.length() - 1));
                if (startOk && endOk) {
                    return true;
                }
            }
        }
        return false;
    }
}
