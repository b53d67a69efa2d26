package se.precheck.eval;

import java.util.ArrayList;
import java.util.List;
import se.precheck.policy.Category;

/**
 * The corpus's inline markup: {@code ⟦CATEGORY:surface⟧} around every span to be found. Stripping
 * it gives the plain text and the spans in UTF-16 offsets of that text. A backslash right before
 * {@code ⟦} or {@code ⟧} writes that bracket literally; every other backslash is plain text (so
 * Windows and UNC paths need no escaping). Spans cannot nest or be empty.
 */
public final class Markup {

    static final char OPEN = '\u27E6';
    static final char CLOSE = '\u27E7';
    private static final char ESCAPE = '\\';

    /** Plain text and the spans marked in it. */
    public record Parsed(String text, List<Span> spans) {

        public Parsed {
            spans = List.copyOf(spans);
        }
    }

    private Markup() {
    }

    /** @throws CorpusException on malformed markup, naming the character position */
    public static Parsed parse(String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        List<Span> spans = new ArrayList<>();
        int spanStart = -1;
        Category category = null;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == ESCAPE && i + 1 < marked.length() && isSpecial(marked.charAt(i + 1))) {
                text.append(marked.charAt(++i));
            } else if (c == OPEN) {
                if (category != null) {
                    throw error("nested ⟦ (a span cannot contain another span)", i);
                }
                int colon = marked.indexOf(':', i + 1);
                int close = marked.indexOf(CLOSE, i + 1);
                if (colon < 0 || (close >= 0 && close < colon)) {
                    throw error("⟦ without CATEGORY:", i);
                }
                category = categoryAt(marked.substring(i + 1, colon), i);
                spanStart = text.length();
                i = colon;
            } else if (c == CLOSE) {
                if (category == null) {
                    throw error("⟧ without an open ⟦", i);
                }
                if (text.length() == spanStart) {
                    throw error("empty span", i);
                }
                spans.add(new Span(category, spanStart, text.length()));
                category = null;
            } else {
                text.append(c);
            }
        }
        if (category != null) {
            throw error("⟦ is never closed", marked.length());
        }
        return new Parsed(text.toString(), spans);
    }

    private static boolean isSpecial(char c) {
        return c == OPEN || c == CLOSE;
    }

    /** @throws CorpusException when the name is not one of the contract's categories */
    static Category category(String name) {
        try {
            return Category.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new CorpusException("unknown category \"" + name + "\"");
        }
    }

    private static Category categoryAt(String name, int position) {
        try {
            return category(name);
        } catch (CorpusException e) {
            throw error(e.getMessage(), position);
        }
    }

    private static CorpusException error(String what, int position) {
        return new CorpusException("malformed markup at character " + position + ": " + what);
    }
}
