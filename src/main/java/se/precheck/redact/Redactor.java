package se.precheck.redact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
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
        TreeMap<Integer, Span> spans = new TreeMap<>();
        Map<String, String> replaced = new LinkedHashMap<>();
        for (ReportedFinding f : findings) {
            int start = f.finding().start();
            int end = f.finding().end();
            String original = text.substring(start, end);
            Operator operator = operator(f, choices);
            if (operator == Operator.PSEUDONYM && gluedToWord(text, start, end)) {
                // "ÅNoah" → "ÅPerson 1" could not be told from a word when restoring; a bracketed
                // label is its own boundary.
                operator = Operator.REPLACE;
            }
            String replacement = apply(operator, f.rule(), original, placeholders);
            spans.put(start, new Span(start, end, replacement));
            if ((operator == Operator.REPLACE || operator == Operator.PSEUDONYM) && !original.isBlank()) {
                replaced.putIfAbsent(original, replacement);
            }
        }
        // A value replaced once is replaced wherever else it stands, also where no detector saw it
        // (glued to other text, an unusual context): redaction never leaves a value it redacted.
        replaced.forEach((original, replacement) -> {
            for (int i = text.indexOf(original); i >= 0; i = text.indexOf(original, i + 1)) {
                if (standsAlone(text, i, i + original.length()) && free(spans, i, i + original.length())) {
                    spans.put(i, new Span(i, i + original.length(), replacement));
                }
            }
        });
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Span span : spans.values()) {
            out.append(text, at, span.start()).append(span.replacement());
            at = span.end();
        }
        out.append(text, at, text.length());
        return new Redaction(out.toString(), placeholders.entries());
    }

    private record Span(int start, int end, String replacement) {
    }

    private static boolean free(TreeMap<Integer, Span> spans, int start, int end) {
        var before = spans.floorEntry(start);
        var after = spans.ceilingEntry(start);
        return (before == null || before.getValue().end() <= start) && (after == null || after.getKey() >= end);
    }

    /**
     * A value of six characters or more wherever it stands (it is readable there); a shorter one only
     * when not part of a longer word or number: "Bo" is not in "Bonus", but "Li" is in "Li2".
     */
    private static boolean standsAlone(String text, int start, int end) {
        return end - start >= 6 || (start == 0 || !sameKind(text.charAt(start - 1), text.charAt(start)))
                && (end == text.length() || !sameKind(text.charAt(end - 1), text.charAt(end)));
    }

    private static boolean sameKind(char a, char b) {
        return (Character.isLetter(a) && Character.isLetter(b)) || (Character.isDigit(a) && Character.isDigit(b));
    }

    /** Puts the originals back, also where the text was rewritten around the placeholders. */
    public static String restore(String text, List<MappingEntry> mapping) {
        return Restorer.restore(text, mapping);
    }

    private static boolean gluedToWord(String text, int start, int end) {
        return (start > 0 && Restorer.wordChar(text.codePointBefore(start)))
                || (end < text.length() && Restorer.wordChar(text.codePointAt(end)));
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
