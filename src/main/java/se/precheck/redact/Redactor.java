package se.precheck.redact;

import java.util.List;
import java.util.Map;
import se.precheck.detect.ReportedFinding;
import se.precheck.policy.Category;
import se.precheck.policy.Rule;

/**
 * Turns findings into safe text: each finding gets the user's chosen operator, or its rule's
 * default. Findings that redaction cannot fix (a security classification, a request to decide a
 * case) are left as they are, so the re-check still stops. Placeholders are numbered in reading
 * order and continue the client's mapping; the server keeps nothing.
 */
public final class Redactor {

    private Redactor() {
    }

    /**
     * @param findings the check of {@code text}, in reading order, not overlapping
     * @param choices  operator name per finding id; findings without a choice get the default
     * @param known    the mapping the client already holds (may be empty)
     * @throws IllegalArgumentException when a choice names an unknown operator
     */
    public static Redaction redact(String text, List<ReportedFinding> findings, Map<String, String> choices, List<MappingEntry> known) {
        Placeholders placeholders = new Placeholders(known);
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (ReportedFinding f : findings) {
            int start = f.finding().start();
            int end = f.finding().end();
            String original = text.substring(start, end);
            out.append(text, at, start);
            out.append(apply(operator(f, choices), f.rule(), original, placeholders));
            at = end;
        }
        out.append(text, at, text.length());
        return new Redaction(out.toString(), placeholders.entries());
    }

    /** Puts the originals back, also where the text was rewritten around the placeholders. */
    public static String restore(String text, List<MappingEntry> mapping) {
        return Restorer.restore(text, mapping);
    }

    private static Operator operator(ReportedFinding f, Map<String, String> choices) {
        if (!f.rule().redactable()) {
            return Operator.KEEP;
        }
        String chosen = choices.get(f.id());
        if (chosen == null) {
            return Operator.parse(f.rule().operator()).orElse(Operator.REPLACE);
        }
        return Operator.parse(chosen).orElseThrow(() -> new IllegalArgumentException(
                "unknown operator '" + chosen + "' for " + f.id()));
    }

    private static String apply(Operator operator, Rule rule, String original, Placeholders placeholders) {
        Category category = rule.category();
        return switch (operator) {
            case KEEP -> original;
            case REPLACE -> placeholders.label(category.name(), rule.label(), original);
            case PSEUDONYM -> placeholders.pseudonym(category.name(), rule.label(), original);
            case MASK -> Masks.mask(category, original);
            case GENERALISE -> Generalisations.generalise(category, original)
                    .orElseGet(() -> placeholders.label(category.name(), rule.label(), original));
        };
    }
}
