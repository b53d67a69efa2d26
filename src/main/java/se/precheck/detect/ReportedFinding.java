package se.precheck.detect;

import se.precheck.policy.Rule;

/**
 * A finding as the user sees it: offsets into the text as sent, the rule with its explanation,
 * and the replacement the redaction would suggest ({@code null} when redaction cannot fix it).
 */
public record ReportedFinding(String id, Finding finding, Rule rule, String suggestion) {
}
