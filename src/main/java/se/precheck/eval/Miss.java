package se.precheck.eval;

/**
 * One error of the engine on one text: a gold span it did not find (false negative) or a span
 * it reported that no gold span overlaps (false positive).
 */
public record Miss(String id, Kind kind, Span span) {

    public enum Kind { FALSE_NEGATIVE, FALSE_POSITIVE }
}
