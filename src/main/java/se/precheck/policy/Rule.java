package se.precheck.policy;

import java.util.List;

/**
 * One rule of the catalogue: what a finding means, how heavy it is and where in the guideline it
 * comes from. Rules are data ({@code policy/rules/*.yaml}); detectors only name the rule they found.
 *
 * @param redactable whether replacing the matched text makes the problem go away (a security
 *                   classification or a request to decide a case cannot be redacted away)
 * @param label      the category label used in suggestions and replacements, e.g. "PERSONNUMMER"
 * @param operator   the default redaction operator (replace, pseudonym, mask, generalise, keep)
 * @param mustFire   example texts the rule's detector must find (checked by the test suite)
 * @param mustNotFire example texts that must not give this rule
 */
public record Rule(
        String id,
        Category category,
        Severity severity,
        boolean redactable,
        String label,
        String operator,
        Localized title,
        Localized explanation,
        Localized guideline,
        List<String> mustFire,
        List<String> mustNotFire) {

    public Rule {
        mustFire = mustFire == null ? List.of() : List.copyOf(mustFire);
        mustNotFire = mustNotFire == null ? List.of() : List.copyOf(mustNotFire);
    }

    /** The same rule with another severity (a municipality's override). */
    public Rule withSeverity(Severity other) {
        return new Rule(id, category, other, redactable, label, operator, title, explanation, guideline, mustFire, mustNotFire);
    }
}
