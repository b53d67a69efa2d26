package se.precheck.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.precheck.detect.Analysis;
import se.precheck.detect.ReportedFinding;
import se.precheck.policy.Category;
import se.precheck.policy.Severity;

/**
 * Scores the engine's spans against the gold spans: a predicted span is a true positive when it
 * overlaps a not yet matched gold span of the same category (each gold span is matched at most
 * once), otherwise a false positive; an unmatched gold span is a false negative.
 */
public final class Scorer {

    /**
     * Categories annotated only by use: the sensitive ones when tied to a person, the markings when
     * the text is marked (or, for protected identity, when a person has it). For each the engine
     * reports the bare topic at severity info ("secrecy as a topic"); those findings are not claims
     * that the text is marked or a person concerned, and are not scored.
     */
    static final Set<Category> ANNOTATED_BY_USE = EnumSet.of(Category.HEALTH, Category.ETHNICITY,
            Category.POLITICAL_OPINION, Category.RELIGION, Category.TRADE_UNION, Category.SEXUAL_ORIENTATION,
            Category.GENETIC_BIOMETRIC, Category.CRIMINAL_OFFENCE, Category.SOCIAL_SERVICES,
            Category.SECRECY_MARKING, Category.SECURITY_CLASSIFICATION, Category.PROTECTED_IDENTITY);

    private static final Comparator<Span> BY_POSITION = Comparator.comparingInt(Span::start)
            .thenComparingInt(Span::end);

    private Scorer() {
    }

    /** The spans of an analysis that count in the evaluation. */
    public static List<Span> predictions(Analysis analysis) {
        return analysis.findings().stream()
                .filter(Scorer::counts)
                .map(f -> new Span(f.finding().category(), f.finding().start(), f.finding().end()))
                .toList();
    }

    static boolean counts(ReportedFinding finding) {
        boolean infoOnly = finding.rule().severity() == Severity.INFO;
        return !(infoOnly && ANNOTATED_BY_USE.contains(finding.finding().category()));
    }

    public static Scores score(String split, List<TextOutcome> outcomes) {
        Map<Category, CategoryScore> byCategory = new EnumMap<>(Category.class);
        List<Miss> misses = new ArrayList<>();
        VerdictConfusion verdicts = VerdictConfusion.empty();
        for (TextOutcome outcome : outcomes) {
            match(outcome, byCategory, misses);
            verdicts = verdicts.plus(outcome.record().verdict(), outcome.verdict());
        }
        List<CategoryScore> categories = List.copyOf(byCategory.values());
        CategoryScore overall = categories.stream().reduce(new CategoryScore(null, 0, 0, 0), CategoryScore::plus);
        return new Scores(split, outcomes.size(), categories, overall, verdicts, misses);
    }

    /** Counts one text into {@code scores} and adds its misses to {@code misses} in text order. */
    private static void match(TextOutcome outcome, Map<Category, CategoryScore> scores, List<Miss> allMisses) {
        List<Miss> misses = new ArrayList<>();
        List<Span> unmatchedGold = new ArrayList<>(outcome.record().gold());
        unmatchedGold.sort(BY_POSITION);
        List<Span> predicted = new ArrayList<>(outcome.predicted());
        predicted.sort(BY_POSITION);
        String id = outcome.record().id();
        for (Span p : predicted) {
            Span hit = unmatchedGold.stream().filter(p::matches).findFirst().orElse(null);
            if (hit != null) {
                unmatchedGold.remove(hit);
                add(scores, p.category(), 1, 0, 0);
            } else {
                add(scores, p.category(), 0, 1, 0);
                misses.add(new Miss(id, Miss.Kind.FALSE_POSITIVE, p));
            }
        }
        for (Span g : unmatchedGold) {
            add(scores, g.category(), 0, 0, 1);
            misses.add(new Miss(id, Miss.Kind.FALSE_NEGATIVE, g));
        }
        misses.sort(Comparator.comparing(Miss::span, BY_POSITION));
        allMisses.addAll(misses);
    }

    private static void add(Map<Category, CategoryScore> scores, Category category, int tp, int fp, int fn) {
        scores.merge(category, new CategoryScore(category, tp, fp, fn), CategoryScore::plus);
    }
}
