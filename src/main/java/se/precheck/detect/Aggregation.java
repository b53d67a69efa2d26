package se.precheck.detect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.precheck.policy.Category;
import se.precheck.policy.Localized;

/**
 * The guideline's warning that harmless details become sensitive when combined: a signal when
 * three or more kinds of quasi-identifier (age, class, village, family, event, date, contact or
 * sensitive findings…) occur within a few sentences of one singular person reference. Patterns
 * and names are data ({@code lexicon/aggregation/quasi-identifiers.yaml}).
 */
final class Aggregation {

    static final String KIND = "AGGREGATION";
    /** About three sentences: details further apart are less likely to be about the same person. */
    static final int WINDOW = 320;
    static final int MIN_KINDS = 3;

    /** Findings of these categories count as a quasi-identifier of their own kind. */
    private static final Map<Category, Localized> FINDING_KINDS = Map.ofEntries(
            Map.entry(Category.ADDRESS, new Localized("adress", "address")),
            Map.entry(Category.DATE_OF_BIRTH, new Localized("födelsedatum", "date of birth")),
            Map.entry(Category.PHONE, new Localized("telefonnummer", "phone number")),
            Map.entry(Category.EMAIL, new Localized("e-postadress", "e-mail address")),
            Map.entry(Category.VEHICLE_REGISTRATION, new Localized("registreringsnummer", "vehicle registration")),
            Map.entry(Category.HEALTH, new Localized("hälsa", "health")),
            Map.entry(Category.ETHNICITY, new Localized("ursprung", "origin")),
            Map.entry(Category.RELIGION, new Localized("religion", "religion")),
            Map.entry(Category.SOCIAL_SERVICES, new Localized("sociala förhållanden", "social circumstances")),
            Map.entry(Category.CRIMINAL_OFFENCE, new Localized("brott", "offence")));

    private static final Map<Category, String> FINDING_KIND_IDS = FINDING_KINDS.keySet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(c -> c, c -> "finding:" + c));

    private record Kind(String id, Localized name, List<Pattern> patterns) {
    }

    /** One quasi-identifier in the normalised text, and the finding it is, if any. */
    private record Mark(int start, String kind, int kindIndex, Localized name, String findingId) {
    }

    private static final Rules RULES = Rules.load();

    private Aggregation() {
    }

    /**
     * @param findings the findings already reported, with their spans in {@code text}'s coordinates
     *                 mapped through {@code startInNormalized}
     */
    static Optional<Signal> signal(NormalizedText text, List<Located> findings) {
        int[][] matches = matchStarts(text);
        int[] anchors = RULES.anchors(matches);
        if (anchors.length == 0) {
            return Optional.empty();
        }
        List<Mark> marks = RULES.marks(matches);
        int findingKinds = RULES.kinds().size();
        for (Located f : findings) {
            Localized name = FINDING_KINDS.get(f.category());
            if (name != null) {
                marks.add(new Mark(f.start(), FINDING_KIND_IDS.get(f.category()), findingKinds + f.category().ordinal(), name, f.id()));
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start));
        return densestWindow(marks, anchors, findingKinds + Category.values().length).map(Aggregation::toSignal);
    }

    /**
     * Where the data file's patterns match: a function of the text alone, so a large text can have
     * it computed on another core while the detectors run ({@link ParallelDetection}), instead of
     * after them on the caller's. Read-only once made.
     */
    static int[][] matchStarts(NormalizedText text) {
        return text.derived(Aggregation.class, t -> RULES.patterns().matchStarts(t.text()));
    }

    /** The anchor patterns, then every kind's (for tests). */
    static List<Pattern> patterns() {
        return RULES.patterns().patterns();
    }

    /** A finding's id, category and start in the normalised text. */
    record Located(String id, Category category, int start) {
    }

    /**
     * The first window of {@link #WINDOW} characters holding an anchor and the most kinds, if at
     * least {@link #MIN_KINDS}. The window slides over the marks keeping a count per kind, so each
     * mark is added and removed once.
     *
     * @param anchors sorted anchor starts
     */
    private static Optional<List<Mark>> densestWindow(List<Mark> marks, int[] anchors, int kindCount) {
        int[] perKind = new int[kindCount];
        int kinds = 0;
        int bestFrom = 0;
        int bestTo = -1;
        int bestKinds = 0;
        int from = 0;
        for (int to = 0; to < marks.size(); to++) {
            if (perKind[marks.get(to).kindIndex()]++ == 0) {
                kinds++;
            }
            while (marks.get(to).start() - marks.get(from).start() > WINDOW) {
                if (--perKind[marks.get(from).kindIndex()] == 0) {
                    kinds--;
                }
                from++;
            }
            if (kinds > bestKinds && anchoredBetween(anchors, marks.get(from).start() - WINDOW / 2, marks.get(to).start() + WINDOW / 2)) {
                bestKinds = kinds;
                bestFrom = from;
                bestTo = to;
            }
        }
        return bestKinds >= MIN_KINDS ? Optional.of(List.copyOf(marks.subList(bestFrom, bestTo + 1))) : Optional.empty();
    }

    /** Whether a sorted array holds a value in {@code [lo, hi]}. */
    private static boolean anchoredBetween(int[] sorted, int lo, int hi) {
        int at = Arrays.binarySearch(sorted, lo);
        int ceiling = at >= 0 ? at : -at - 1;
        return ceiling < sorted.length && sorted[ceiling] <= hi;
    }

    private static Signal toSignal(List<Mark> window) {
        Map<String, Localized> kinds = new LinkedHashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Mark m : window) {
            kinds.putIfAbsent(m.kind(), m.name());
            if (m.findingId() != null) ids.add(m.findingId());
        }
        String sv = String.join(", ", kinds.values().stream().map(Localized::sv).toList());
        String en = String.join(", ", kinds.values().stream().map(Localized::en).toList());
        return new Signal(KIND, List.copyOf(ids), new Localized(
                "Texten kombinerar flera uppgifter om samma person (" + sv + "). Var för sig kan de vara harmlösa, "
                        + "men tillsammans kan de peka ut personen i en liten kommun. Ta bort några av dem eller gör dem mindre exakta.",
                "The text combines several details about the same person (" + en + "). Each may be harmless alone, "
                        + "but together they can identify the person in a small municipality. Remove some of them or make them less precise."));
    }

    /**
     * The data file, compiled once: the anchor patterns first, then each kind's, searched together
     * in one pass ({@link PatternSet}) instead of one find() loop per pattern over the whole text.
     */
    private record Rules(int anchorCount, List<Kind> kinds, PatternSet patterns) {

        Rules(List<Pattern> anchorPatterns, List<Kind> kinds) {
            this(anchorPatterns.size(), kinds, new PatternSet(Stream.concat(anchorPatterns.stream(),
                    kinds.stream().flatMap(k -> k.patterns().stream())).toList()));
        }

        /** @param matches the match starts of {@link #patterns()} in the text */
        int[] anchors(int[][] matches) {
            int count = 0;
            for (int i = 0; i < anchorCount; i++) {
                count += matches[i].length;
            }
            int[] out = new int[count];
            int at = 0;
            for (int i = 0; i < anchorCount; i++) {
                System.arraycopy(matches[i], 0, out, at, matches[i].length);
                at += matches[i].length;
            }
            Arrays.sort(out);
            return out;
        }

        /** Kind by kind and pattern by pattern, as the data file lists them. */
        List<Mark> marks(int[][] matches) {
            List<Mark> out = new ArrayList<>();
            int i = anchorCount;
            for (int kindIndex = 0; kindIndex < kinds.size(); kindIndex++) {
                Kind kind = kinds.get(kindIndex);
                for (int k = 0; k < kind.patterns().size(); k++, i++) {
                    for (int start : matches[i]) out.add(new Mark(start, kind.id(), kindIndex, kind.name(), null));
                }
            }
            return out;
        }

        @SuppressWarnings("unchecked")
        static Rules load() {
            try (InputStream in = Aggregation.class.getClassLoader().getResourceAsStream("lexicon/aggregation/quasi-identifiers.yaml")) {
                Map<String, Object> data = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
                List<Pattern> anchors = ((List<String>) data.get("anchors")).stream().map(Rules::compile).toList();
                List<Kind> kinds = new ArrayList<>();
                ((Map<String, Map<String, Object>>) data.get("kinds")).forEach((id, k) -> kinds.add(new Kind(id,
                        new Localized((String) k.get("sv"), (String) k.get("en")),
                        ((List<String>) k.get("patterns")).stream().map(Rules::compile).toList())));
                return new Rules(anchors, kinds);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Pattern compile(String regex) {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        }
    }
}
