package se.precheck.eval;

import se.precheck.policy.Category;

/** A half-open span of one category, in UTF-16 offsets of the plain text (gold or predicted). */
public record Span(Category category, int start, int end) {

    public Span {
        if (category == null) {
            throw new IllegalArgumentException("category missing");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** Matching rule of the evaluation: same category and at least one shared code unit. */
    public boolean matches(Span other) {
        return category == other.category && start < other.end && other.start < end;
    }
}
