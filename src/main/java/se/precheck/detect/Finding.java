package se.precheck.detect;

import se.precheck.policy.Category;

/**
 * Something a detector found: a half-open span, the rule it breaks and how sure the detector is.
 * Detectors report spans in the normalised text; {@link Analyzer} maps them to the original.
 *
 * @param evidence why it was found, without any of the text: pattern name, checksum outcome,
 *                 context word class (e.g. {@code "pnr-12;luhn;context"})
 */
public record Finding(Category category, int start, int end, double confidence, String ruleId, String evidence) {

    public Finding {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of range: " + confidence);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

    Finding withSpan(int newStart, int newEnd) {
        return new Finding(category, newStart, newEnd, confidence, ruleId, evidence);
    }
}
