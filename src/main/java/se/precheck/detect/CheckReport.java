package se.precheck.detect;

import java.util.List;
import se.precheck.policy.Localized;
import se.precheck.policy.Policy;

/**
 * The check contract of DESIGN.md as a value: what {@code POST /api/check} and {@code check}
 * return. Built from an {@link Analysis} in one locale.
 */
public record CheckReport(
        String verdict,
        List<Item> findings,
        List<SignalItem> signals,
        List<String> reminders,
        String policyVersion) {

    public record Item(
            String id, String category, int start, int end, String severity, double confidence,
            String ruleId, String title, String explanation, String guideline,
            boolean redactable, String suggestion) {
    }

    public record SignalItem(String kind, List<String> findingIds, String explanation) {
    }

    public static CheckReport of(Analysis analysis, Policy policy, String locale) {
        List<Item> items = analysis.findings().stream().map(f -> new Item(
                f.id(), f.finding().category().name(), f.finding().start(), f.finding().end(),
                f.rule().severity().wireName(), f.finding().confidence(), f.rule().id(),
                f.rule().title().in(locale), f.rule().explanation().in(locale),
                f.rule().guideline().in(locale), f.rule().redactable(), f.suggestion())).toList();
        List<SignalItem> signals = analysis.signals().stream()
                .map(s -> new SignalItem(s.kind(), s.findingIds(), s.explanation().in(locale))).toList();
        List<String> reminders = policy.reminders().stream().map((Localized r) -> r.in(locale)).toList();
        return new CheckReport(analysis.verdict().wireName(), items, signals, reminders, analysis.policyVersion());
    }
}
