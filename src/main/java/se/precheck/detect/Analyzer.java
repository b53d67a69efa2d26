package se.precheck.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.precheck.policy.Policy;
import se.precheck.policy.Rule;
import se.precheck.policy.Severity;

/**
 * The engine's entry point: text → normalise → detectors → confidence → overlaps → original
 * offsets → suggestions → verdict. Deterministic: the same text and policy version always give
 * the same analysis. Never logs or keeps the text.
 */
public final class Analyzer {

    /** Which of two overlapping findings wins: the more severe, then the surer, then the longer, then the earlier. */
    private static final Comparator<Candidate> PRIORITY = (a, b) -> {
        int c = b.rule().severity().compareTo(a.rule().severity());
        if (c == 0) {
            c = Double.compare(b.finding().confidence(), a.finding().confidence());
        }
        if (c == 0) {
            c = Integer.compare(b.finding().length(), a.finding().length());
        }
        if (c == 0) {
            c = Integer.compare(a.finding().start(), b.finding().start());
        }
        return c != 0 ? c : a.rule().id().compareTo(b.rule().id());
    };

    private Analyzer() {
    }

    public static Analysis analyze(String text, Policy policy) {
        return analyze(text, policy, Detectors.ALL);
    }

    /** With the given detectors instead of {@link Detectors#ALL} (tests, and benchmarks timing the engine's own work). */
    public static Analysis analyze(String text, Policy policy, List<Detector> detectors) {
        NormalizedText normalized = Normalizer.normalize(text);
        List<Candidate> candidates = detect(normalized, policy, detectors);
        List<Candidate> kept = resolveOverlaps(candidates);
        List<ReportedFinding> findings = report(kept, normalized);
        List<Signal> signals = signals(normalized, kept, findings);
        return new Analysis(verdict(findings, signals), findings, signals, policy.version());
    }

    private record Candidate(Finding finding, Rule rule) {
    }

    /**
     * The labels redaction writes ("[HÄLSA 1]", "[PERSONNUMMER 2]"): a re-check of redacted text
     * must not read the label's own word as a new finding.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[\\p{Lu}[\\p{Lu} /-]{1,40} \\d{1,6}+\\]");

    /** Engine work after the detectors that depends on the text alone: done beside them on a large text. */
    private static final List<java.util.function.Consumer<NormalizedText>> PREPARATIONS = List.of(Aggregation::matchStarts);

    private static List<Candidate> detect(NormalizedText text, Policy policy, List<Detector> detectors) {
        List<int[]> placeholders = placeholders(text.text());
        List<Candidate> out = new ArrayList<>();
        if (ParallelDetection.worthIt(text, detectors)) {
            ParallelDetection run = ParallelDetection.run(detectors, PREPARATIONS, text, policy);
            for (int k = 0; k < detectors.size(); k++) {
                keep(detectors.get(k), run.findings(k), text, policy, placeholders, out);
            }
            return out;
        }
        for (Detector detector : detectors) {
            Cancellation.check(); // the web layer gave up on this check (its time budget)
            keep(detector, detector.detect(text, policy), text, policy, placeholders, out);
        }
        return out;
    }

    /** Adds a detector's findings that are sure enough, outside redaction labels and not allowed here. */
    private static void keep(Detector detector, List<Finding> found, NormalizedText text, Policy policy,
            List<int[]> placeholders, List<Candidate> out) {
        for (Finding f : found) {
            // The map itself rather than rule(): no Optional and no message lambda per finding.
            Rule rule = policy.rules().get(f.ruleId());
            if (rule == null) {
                throw new IllegalStateException(detector.getClass().getSimpleName() + " names an unknown rule " + f.ruleId());
            }
            if (f.confidence() >= policy.minConfidence() && f.length() > 0 && !insideAny(f, placeholders)
                    && !allowedHere(f, text, policy)) {
                out.add(new Candidate(f, rule));
            }
        }
    }

    /** The municipality allows this very term in this category (its policy file's {@code allowedTermsByCategory}). */
    private static boolean allowedHere(Finding f, NormalizedText text, Policy policy) {
        Set<String> allowed = policy.allowedTermsByCategory().get(f.category());
        return allowed != null && !allowed.isEmpty() && policy.allows(f.category(), text.text().substring(f.start(), f.end()));
    }

    /** As successive find() calls, but the pattern is tried only at a '[', where every match starts. */
    private static List<int[]> placeholders(String text) {
        List<int[]> spans = new ArrayList<>();
        int at = text.indexOf('[');
        if (at < 0) {
            return spans;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (at >= 0) {
            m.region(at, text.length());
            if (m.lookingAt()) {
                spans.add(new int[] {m.start(), m.end()});
                at = text.indexOf('[', m.end());
            } else {
                at = text.indexOf('[', at + 1);
            }
        }
        return spans;
    }

    private static boolean insideAny(Finding f, List<int[]> spans) {
        for (int[] s : spans) {
            if (f.start() >= s[0] && f.end() <= s[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Greedy by priority: a finding is kept unless it overlaps one that ranks higher. Findings
     * that overlap nothing, most of them, are kept without ranking: the ranking is done only
     * within each cluster of findings linked by overlaps, which is the same thing, since a finding
     * in one cluster never overlaps one in another. Kept findings come out in reading order.
     */
    private static List<Candidate> resolveOverlaps(List<Candidate> candidates) {
        int n = candidates.size();
        // By start, then list order: the start in the high half, the index in the low half.
        long[] byStart = new long[n];
        for (int i = 0; i < n; i++) {
            byStart[i] = (long) candidates.get(i).finding().start() << 32 | i;
        }
        Arrays.sort(byStart);
        List<Candidate> kept = new ArrayList<>(n);
        int from = 0;
        while (from < n) {
            int end = candidates.get((int) byStart[from]).finding().end();
            int to = from + 1;
            while (to < n && (int) (byStart[to] >>> 32) < end) {
                end = Math.max(end, candidates.get((int) byStart[to]).finding().end());
                to++;
            }
            if (to - from == 1) {
                kept.add(candidates.get((int) byStart[from]));
            } else {
                kept.addAll(resolveCluster(candidates, byStart, from, to));
            }
            from = to;
        }
        return kept;
    }

    /** The greedy ranking for the findings {@code byStart[from, to)}, taken in list order so that equal ranks keep it. */
    private static Collection<Candidate> resolveCluster(List<Candidate> candidates, long[] byStart, int from, int to) {
        int[] indexes = new int[to - from];
        for (int k = from; k < to; k++) {
            indexes[k - from] = (int) byStart[k];
        }
        Arrays.sort(indexes);
        List<Candidate> sorted = new ArrayList<>(indexes.length);
        for (int i : indexes) {
            sorted.add(candidates.get(i));
        }
        sorted.sort(PRIORITY);
        // Kept findings never overlap, so only the neighbours by start can clash with a new one.
        TreeMap<Integer, Candidate> keptByStart = new TreeMap<>();
        for (Candidate c : sorted) {
            var before = keptByStart.floorEntry(c.finding().start());
            var after = keptByStart.ceilingEntry(c.finding().start());
            boolean clash = (before != null && before.getValue().finding().overlaps(c.finding()))
                    || (after != null && after.getValue().finding().overlaps(c.finding()));
            if (!clash) {
                keptByStart.put(c.finding().start(), c);
            }
        }
        return keptByStart.values();
    }

    /** Maps spans to the original text, numbers the findings in reading order and names their replacements. */
    private static List<ReportedFinding> report(List<Candidate> kept, NormalizedText text) {
        List<ReportedFinding> out = new ArrayList<>(kept.size());
        Map<String, Map<String, Integer>> numbersByLabel = new HashMap<>();
        for (Candidate c : kept) {
            Finding f = c.finding();
            int start = text.originalStart(f.start());
            int end = text.originalEnd(f.end());
            // Most texts need no normalisation, and then the span is already the original one.
            Finding mapped = start == f.start() && end == f.end() ? f : f.withSpan(start, end);
            String suggestion = null;
            if (c.rule().redactable()) {
                String key = text.text().substring(f.start(), f.end()).toLowerCase(Locale.ROOT);
                Map<String, Integer> numbers = numbersByLabel.get(c.rule().label());
                if (numbers == null) {
                    numbers = new HashMap<>();
                    numbersByLabel.put(c.rule().label(), numbers);
                }
                Integer n = numbers.get(key);
                if (n == null) {
                    n = numbers.size() + 1;
                    numbers.put(key, n);
                }
                suggestion = FindingLabels.replacement(c.rule().label(), n);
            }
            out.add(new ReportedFinding(FindingLabels.id(out.size() + 1), mapped, c.rule(), suggestion));
        }
        return out;
    }

    /** Conclusions from findings together: for now, quasi-identifiers that combine (guideline rule 5). */
    private static List<Signal> signals(NormalizedText text, List<Candidate> kept, List<ReportedFinding> findings) {
        List<Aggregation.Located> located = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            located.add(new Aggregation.Located(findings.get(i).id(), kept.get(i).finding().category(), kept.get(i).finding().start()));
        }
        return Aggregation.signal(text, located).map(List::of).orElse(List.of());
    }

    /**
     * stop: a high-severity finding, or one that redaction cannot fix at medium or above;
     * review: anything above info, or a signal; ok: nothing above info.
     */
    static Verdict verdict(List<ReportedFinding> findings, List<Signal> signals) {
        Verdict verdict = signals.isEmpty() ? Verdict.OK : Verdict.REVIEW;
        for (ReportedFinding f : findings) {
            Severity s = f.rule().severity();
            if (s == Severity.HIGH || (!f.rule().redactable() && s.atLeast(Severity.MEDIUM))) {
                return Verdict.STOP;
            }
            if (s.atLeast(Severity.LOW)) {
                verdict = Verdict.REVIEW;
            }
        }
        return verdict;
    }
}
