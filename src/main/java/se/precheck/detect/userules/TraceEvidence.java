package se.precheck.detect.userules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The traces of copied system text found in one text, and what their weights add up to. */
final class TraceEvidence {

    /** What a trace is; the weights and caps per kind are in {@link SystemCopyDetector} and below. */
    enum Kind { SIGNATURE, PRINT, RECORD_LABEL, DOCUMENT_LABEL, FORM_LABEL, RUN_LABEL, PAGE, TIMESTAMP, HEADING, SYSTEM, SYSTEM_HEADER, EMAIL, INTRANET, CHAT, CRUMB, TABLE, COLUMNS, BLOCK }

    /**
     * Kinds that staff also write themselves: their own "Elev: …, Klass: …" list, meeting times,
     * a system named in a question. They add weight to a real trace but are never one alone.
     */
    private static final Set<Kind> SUPPORTING = Set.of(Kind.DOCUMENT_LABEL, Kind.FORM_LABEL, Kind.RUN_LABEL, Kind.TIMESTAMP, Kind.SYSTEM,
            Kind.COLUMNS, Kind.BLOCK);
    /** Kinds reported only in a clear copy, as parts of the copied block; a system named in prose never. */
    private static final Set<Kind> ONLY_IN_COPY = Set.of(Kind.DOCUMENT_LABEL, Kind.FORM_LABEL, Kind.RUN_LABEL, Kind.COLUMNS, Kind.BLOCK);

    /** One trace; traces with the same kind and key count once (a header repeated on every page). */
    record Trace(int start, int end, Kind kind, double weight, String key) {
    }

    /** Kinds whose traces together count at most this much: one system name in prose is as weak as three. */
    private static final Map<Kind, Double> CAPS = Map.of(
            Kind.SYSTEM, SystemCopyDetector.SYSTEM_NAME,
            Kind.EMAIL, SystemCopyDetector.EMAIL_BLOCK,
            Kind.CHAT, SystemCopyDetector.CHAT,
            Kind.CRUMB, SystemCopyDetector.CRUMB,
            Kind.PAGE, SystemCopyDetector.PAGE_MARK,
            Kind.DOCUMENT_LABEL, 1.0,
            Kind.TABLE, SystemCopyDetector.TABLE,
            Kind.COLUMNS, SystemCopyDetector.COLUMNS);
    /** Timestamps without a signature: a list of meeting times is not a journal. */
    private static final double UNSIGNED_TIMESTAMPS_CAP = 1.5;
    private static final int MAX_TRACES = 10_000;

    private final List<Trace> traces = new ArrayList<>();
    /** Timestamps with a name closing their line, and their dates, until the text is read; made when first needed. */
    private List<Trace> namedStamps;
    private Set<String> namedStampDates;
    private Map<Kind, Double> contributions;

    void add(Trace trace) {
        if (traces.size() < MAX_TRACES) {
            traces.add(trace);
            contributions = null;
        }
    }

    /** A journal timestamp whose line ends with a name ("… - Lisa Holm"); {@code date} is its day. */
    void namedStamp(Trace trace, String date) {
        if (namedStamps == null) {
            namedStamps = new ArrayList<>();
            namedStampDates = new HashSet<>();
        }
        if (namedStamps.size() < MAX_TRACES) {
            namedStamps.add(trace);
            namedStampDates.add(date);
        }
    }

    /**
     * Entries of different days each closed by a name are a journal; lines of one day are an
     * agenda with the speakers ("09:00 Budget - Per Ek"), and count as plain timestamps.
     */
    void closeNamedStamps(double unsignedWeight) {
        if (namedStamps == null) {
            return;
        }
        boolean journal = namedStamps.size() >= 2 && namedStampDates.size() >= 2;
        for (Trace tr : namedStamps) {
            add(journal ? tr : new Trace(tr.start(), tr.end(), tr.kind(), unsignedWeight, tr.key()));
        }
        namedStamps.clear();
    }

    double score() {
        double sum = 0;
        for (double v : contributions().values()) {
            sum += v;
        }
        return sum;
    }

    String kinds() {
        List<String> names = new ArrayList<>();
        for (var e : contributions().entrySet()) {
            if (e.getValue() > 0) {
                names.add(e.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        }
        return "system-copy:" + String.join("+", names);
    }

    /** The traces of every kind that counts, in reading order, without overlaps; in a weak case only the real traces. */
    List<Trace> reported(boolean strong) {
        Map<Kind, Double> c = contributions();
        List<Trace> sorted = new ArrayList<>();
        for (Trace tr : traces) {
            boolean shown = tr.kind() != Kind.SYSTEM && (strong || !ONLY_IN_COPY.contains(tr.kind()));
            // A block line carries no weight of its own: it is shown because the block is a copy;
            // so is a documentation model's own heading ("Epikris") when it is the only one.
            boolean copiedHeading = strong && tr.kind() == Kind.HEADING && tr.weight() >= SystemCopyDetector.SPECIFIC_HEADING;
            boolean counts = c.getOrDefault(tr.kind(), 0.0) > 0 || tr.kind() == Kind.BLOCK || copiedHeading;
            if (shown && counts) {
                sorted.add(tr);
            }
        }
        sorted.sort(Comparator.comparingInt(Trace::start).thenComparing(Comparator.comparingInt(Trace::end).reversed()));
        List<Trace> out = new ArrayList<>();
        int lastEnd = -1;
        for (Trace tr : sorted) {
            if (tr.start() >= lastEnd) {
                out.add(tr);
                lastEnd = tr.end();
            }
        }
        return out;
    }

    private Map<Kind, Double> contributions() {
        if (contributions != null) {
            return contributions;
        }
        Map<Kind, Double> sum = new EnumMap<>(Kind.class);
        Set<String> seen = new HashSet<>();
        Set<String> headings = new HashSet<>();
        boolean signedStamp = false;
        boolean specificHeading = false;
        for (Trace tr : traces) {
            if (tr.key() != null && !seen.add(tr.kind() + ":" + tr.key())) {
                continue;
            }
            if (tr.kind() == Kind.HEADING) {
                headings.add(tr.key());
                specificHeading |= tr.weight() >= SystemCopyDetector.SPECIFIC_HEADING;
            }
            if (tr.kind() == Kind.TIMESTAMP && tr.weight() >= SystemCopyDetector.TIMESTAMP_SIGNED) {
                signedStamp = true;
            }
            sum.merge(tr.kind(), tr.weight(), Double::sum);
        }
        for (var cap : CAPS.entrySet()) {
            sum.computeIfPresent(cap.getKey(), (k, v) -> Math.min(v, cap.getValue()));
        }
        if (!signedStamp) {
            sum.computeIfPresent(Kind.TIMESTAMP, (k, v) -> Math.min(v, UNSIGNED_TIMESTAMPS_CAP));
        }
        // One heading is just a heading; documentation models show as several, one of them
        // their own ("Förhandsbedömning", "Anamnes"), not only "Bakgrund" and "Planering".
        if (headings.size() < 2 || !specificHeading) {
            sum.remove(Kind.HEADING);
        }
        boolean primary = false;
        for (Kind k : sum.keySet()) {
            primary |= !SUPPORTING.contains(k);
        }
        if (!primary && !signedStamp) {
            sum.clear();
        }
        contributions = sum;
        return sum;
    }
}
