package se.precheck.detect.sensitive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.detect.sensitive.Lexicon.Strength;
import se.precheck.detect.sensitive.LexiconMatcher.Match;
import se.precheck.detect.sensitive.PersonReference.Link;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * The categories of sensitive data (GDPR art. 9/10 and what IMY treats as especially protected),
 * each driven by its lexicon {@code lexicon/sensitive/<slug>.txt}. A term tied to a person gives
 * the high rule {@code R5-<slug>}; a strong term about a topic or a population gives the info rule
 * {@code R5-<slug>-allmant}; a weak term without a person gives nothing.
 *
 * <p>All categories share one detector so the text is lower-cased, searched (one trie over every
 * lexicon) and split into words once, not once per category.
 */
public final class SensitiveTermDetector implements Detector {

    /** One category and the slug that names its lexicon and rules. */
    public record Kind(Category category, String slug) {
    }

    static final double TIED_STRONG = 0.9;
    static final double TIED_WEAK = 0.7;
    static final double GENERAL = 0.6;
    /**
     * Terms of the same kind this close, with only connecting words between, are one finding:
     * "diagnosen ADHD", "ADHD-diagnostiserad", "sjukskriven för utmattningssyndrom", "placerad
     * enligt 2 § LVU", "dömd för rattfylleri".
     */
    private static final int JOIN_GAP = 24;
    /** The words that may stand between two terms joined into one finding (a tiny fixed set, part of the rule). */
    private static final java.util.Set<String> JOIN_WORDS = java.util.Set.of(
            "för", "enligt", "på", "med", "av", "i", "form", "om", "kap", "§", "%", "pga", "till", "with", "for", "of", "to");
    /** How far back (words) a term looks for an earlier tied term of its story. */
    private static final int CHAIN_WORDS = 40;

    private final List<Kind> kinds;
    private final LexiconMatcher matcher;
    private final List<Labels> labels;

    public SensitiveTermDetector(List<Kind> kinds) {
        this(kinds, kinds.stream().map(k -> Lexicon.load("lexicon/sensitive/" + k.slug() + ".txt")).toList());
    }

    public SensitiveTermDetector(Category category, String slug) {
        this(List.of(new Kind(category, slug)));
    }

    SensitiveTermDetector(Category category, String slug, Lexicon lexicon) {
        this(List.of(new Kind(category, slug)), List.of(lexicon));
    }

    private SensitiveTermDetector(List<Kind> kinds, List<Lexicon> lexicons) {
        this.kinds = List.copyOf(kinds);
        this.matcher = new LexiconMatcher(lexicons);
        this.labels = this.kinds.stream().map(Labels::of).toList();
    }

    public List<Category> categories() {
        return kinds.stream().map(Kind::category).toList();
    }

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        String text = normalized.text();
        char[] chars = text.toCharArray(); // read twice, by the matcher and the tokeniser; an array reads faster than charAt
        List<List<Match>> matchesByKind = matcher.findEach(text, chars);
        if (matchesByKind.stream().allMatch(List::isEmpty)) {
            return List.of();
        }
        Tokens tokens = tokensNear(text, chars, matchesByKind);
        PersonReference people = PersonReference.get();
        GuidanceAnswer guidance = new GuidanceAnswer(people, text);
        List<List<Linked>> linkedByKind = new ArrayList<>(kinds.size());
        for (List<Match> matches : matchesByKind) {
            List<Linked> linked = new ArrayList<>(matches.size());
            for (Match m : matches) {
                boolean strong = m.term().strength() == Strength.STRONG;
                int first = tokens.indexAt(m.start());
                int last = Math.max(first, tokens.indexAt(m.end() - 1));
                Link link = people.find(tokens, first, last, strong);
                if ((link == Link.ROLE || link == Link.PRONOUN) && guidance.holds()) {
                    link = Link.TOPIC; // a routine or a guideline speaks of anyone in the role
                }
                linked.add(new Linked(m, strong, first, link));
            }
            linkedByKind.add(linked);
        }
        shareFrameAcrossCoordination(text, linkedByKind);
        List<Linked> tiedTerms = new ArrayList<>();
        for (List<Linked> linked : linkedByKind) {
            for (Linked l : linked) {
                if (l.link().isPerson()) {
                    tiedTerms.add(l);
                }
            }
        }
        tiedTerms.sort(java.util.Comparator.comparingInt(Linked::first));
        int[] tied = tiedTerms.stream().mapToInt(Linked::first).toArray();
        List<Finding> out = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            List<Finding> ofKind = new ArrayList<>();
            for (Linked l : linkedByKind.get(k)) {
                Link link = l.link() == Link.NONE && l.strong()
                        && (followsTied(tokens, l.first(), tied) || precedesTied(tokens, l, tied, tiedTerms)) ? Link.CHAIN : l.link();
                if (link.isPerson() && kinds.get(k).category() == Category.SOCIAL_SERVICES
                        && (isOrganisationGenitive(text, l.match()) || isStaffOf(tokens, l.first()))) {
                    link = Link.TOPIC;
                }
                Finding f = finding(k, l.match(), l.strong(), link);
                if (f != null) {
                    add(ofKind, f, text);
                }
            }
            out.addAll(ofKind);
        }
        return out;
    }

    /**
     * "arbetat med LSS och socialpsykiatri", "presentationen om försörjningsstöd och missbruk": a
     * term joined to the one before by "och", "eller" or a comma shares its frame, so when the
     * first is a topic (a workplace, a subject matter) so is the second, whatever pronoun is near.
     */
    private static void shareFrameAcrossCoordination(String text, List<List<Linked>> linkedByKind) {
        int count = 0;
        for (List<Linked> linked : linkedByKind) count += linked.size();
        if (count < 2) {
            return;
        }
        long[] order = new long[count]; // start in the high half, kind and index in the low: one primitive sort
        int n = 0;
        for (int k = 0; k < linkedByKind.size(); k++) {
            List<Linked> linked = linkedByKind.get(k);
            for (int i = 0; i < linked.size(); i++) {
                order[n++] = ((long) linked.get(i).match().start() << 32) | ((long) k << 24) | i;
            }
        }
        java.util.Arrays.sort(order);
        Linked prev = null;
        for (long o : order) {
            int k = (int) (o >>> 24) & 0xFF;
            int i = (int) o & 0xFFFFFF;
            Linked l = linkedByKind.get(k).get(i);
            if (prev != null && prev.link() == Link.TOPIC && l.link().isPerson() && isCoordination(text, prev.match().end(), l.match().start())) {
                l = new Linked(l.match(), l.strong(), l.first(), Link.TOPIC);
                linkedByKind.get(k).set(i, l);
            }
            prev = l;
        }
    }

    /** Words that coordinate two terms. A tiny fixed set. */
    private static final List<String> CONJUNCTIONS = List.of("och", "eller", "samt", "and", "or", "&", ",", "/");

    private static boolean isCoordination(String text, int from, int to) {
        if (to < from || to - from > 8) {
            return false;
        }
        int a = from;
        int b = to;
        while (a < b && text.charAt(a) == ' ') a++;
        while (b > a && text.charAt(b - 1) == ' ') b--;
        for (String c : CONJUNCTIONS) {
            if (b - a == c.length() && text.regionMatches(true, a, c, 0, c.length())) return true;
        }
        return false;
    }

    /** The words of the paragraphs that hold a match: only those are looked at. */
    private static Tokens tokensNear(String text, char[] chars, List<List<Match>> matchesByKind) {
        int count = matchesByKind.stream().mapToInt(List::size).sum();
        long[] spans = new long[count]; // start in the high half, end in the low: sorted by start with one primitive sort
        int k = 0;
        for (List<Match> matches : matchesByKind) {
            for (Match m : matches) {
                spans[k++] = ((long) m.start() << 32) | m.end();
            }
        }
        java.util.Arrays.sort(spans);
        int[] starts = new int[count];
        int[] ends = new int[count];
        for (int i = 0; i < count; i++) {
            starts[i] = (int) (spans[i] >>> 32);
            ends[i] = (int) spans[i];
        }
        return Tokens.near(text, chars, starts, ends);
    }

    /**
     * "hemtjänstens nya tider", "socialtjänstens rutiner": a service in the genitive before a noun
     * is the organisation that owns something, not a service a person gets. (Only for social
     * services: "Alzheimers sjukdom" is a health fact.)
     */
    /** "-ens", "-ets", "-ns": what an inflected genitive adds to a term; a compound adds more. */
    private static final int LONGEST_GENITIVE_ENDING = 4;

    private static boolean isOrganisationGenitive(String text, Match m) {
        String term = m.term().text();
        // only the term's own genitive ("hemtjänstens"), not a compound that ends in s ("öppenvårdsinsats")
        if (m.end() - m.start() < 2 || term.endsWith("s") || Character.toLowerCase(text.charAt(m.end() - 1)) != 's'
                || m.end() - m.start() - term.length() > LONGEST_GENITIVE_ENDING) {
            return false;
        }
        int next = m.end() + 1;
        return next < text.length() && text.charAt(m.end()) == ' ' && Character.isLowerCase(text.charAt(next));
    }

    /**
     * "Anna Lund från Kronofogden föreläser", "Pelle från hemtjänsten ringde": a name right before
     * "från" and the term is someone who works there.
     */
    private static boolean isStaffOf(Tokens t, int first) {
        return first >= 2 && !t.sentenceBefore[first] && !t.sentenceBefore[first - 1]
                && t.lower(first - 1).equals("från") && isCapitalisedWord(t.word(first - 2));
    }

    private static boolean isCapitalisedWord(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(w.length() - 1));
    }

    /** A match with what ties it to a person. */
    private record Linked(Match match, boolean strong, int first, Link link) {
    }

    /**
     * The sentence before, or this sentence earlier on, holds a term tied to a person, in the same
     * paragraph: "Viktor misstänks för dataintrång. Rektor har gjort en polisanmälan." is one story
     * about one person. {@code tied} holds the first word of every tied term, sorted.
     */
    private static boolean followsTied(Tokens t, int first, int[] tied) {
        int from = first;
        int sentences = 0;
        while (from > 0 && first - from < CHAIN_WORDS) {
            if (t.sentenceBefore[from]) {
                if (t.paragraphBefore[from] || ++sentences > 1) break;
            }
            from--;
        }
        int k = java.util.Arrays.binarySearch(tied, from);
        int at = k >= 0 ? k : -k - 1; // the first tied term at or after 'from' (sorted: one look-up)
        return at < tied.length && tied[at] < first;
    }

    /**
     * The next sentence, in the same paragraph, holds a term tied to a person: "Beslut om
     * omedelbart omhändertagande fattades i går. Barnen är placerade i familjehem." is one story.
     * Not when the same term comes back tied: "Passersystemet använder fingeravtryck. Karins
     * fingeravtryck går inte att läsa." introduces the topic first, then tells of the person.
     */
    private static boolean precedesTied(Tokens t, Linked term, int[] tied, List<Linked> tiedTerms) {
        int first = term.first();
        int to = first + 1;
        int sentences = 0;
        while (to < t.size && to - first < CHAIN_WORDS) {
            if (t.sentenceBefore[to]) {
                if (t.paragraphBefore[to] || ++sentences > 1) break;
            }
            to++;
        }
        int k = java.util.Arrays.binarySearch(tied, first + 1);
        boolean other = false;
        for (int at = k >= 0 ? k : -k - 1; at < tied.length && tied[at] < to; at++) { // tied terms after this one
            if (tiedTerms.get(at).match().term().text().equals(term.match().term().text())) {
                return false;
            }
            other = true;
        }
        return other;
    }

    private Finding finding(int kind, Match m, boolean strong, Link link) {
        Labels labels = this.labels.get(kind);
        String evidence = labels.evidence(strong, link);
        if (link.isPerson()) {
            return new Finding(labels.category(), m.start(), m.end(), strong ? TIED_STRONG : TIED_WEAK, labels.tiedRule(), evidence);
        }
        if (strong) {
            return new Finding(labels.category(), m.start(), m.end(), GENERAL, labels.generalRule(), evidence);
        }
        return null;
    }

    /** A kind's rule ids and evidence texts, made once: a dense text gives thousands of findings. */
    private record Labels(Category category, String tiedRule, String generalRule, String[] evidence) {

        private static final Link[] LINKS = Link.values();

        static Labels of(Kind kind) {
            String[] evidence = new String[2 * LINKS.length];
            for (Link link : LINKS) {
                for (int strong = 0; strong < 2; strong++) {
                    evidence[strong * LINKS.length + link.ordinal()] = "lexicon:" + kind.slug() + ";"
                            + (strong == 1 ? "strong" : "weak") + ";" + link.name().toLowerCase(Locale.ROOT);
                }
            }
            return new Labels(kind.category(), "R5-" + kind.slug(), "R5-" + kind.slug() + "-allmant", evidence);
        }

        String evidence(boolean strong, Link link) {
            return evidence[(strong ? LINKS.length : 0) + link.ordinal()];
        }
    }

    private static boolean isJoint(String gap) {
        if (gap.isBlank() || gap.equals("-")) {
            return true;
        }
        if (gap.indexOf('\n') >= 0) {
            return false;
        }
        for (String word : gap.strip().split("[\\s.]+")) {
            boolean number = !word.isEmpty() && word.chars().allMatch(Character::isDigit);
            if (!number && !JOIN_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Joins a finding to the previous one when they are of the same rule and only a space or a hyphen apart. */
    private static void add(List<Finding> out, Finding f, String text) {
        if (!out.isEmpty()) {
            Finding prev = out.get(out.size() - 1);
            if (prev.ruleId().equals(f.ruleId()) && f.start() >= prev.end() && f.start() - prev.end() <= JOIN_GAP
                    && isJoint(text.substring(prev.end(), f.start()))) {
                Finding surer = f.confidence() > prev.confidence() ? f : prev;
                out.set(out.size() - 1, new Finding(f.category(), prev.start(), f.end(),
                        surer.confidence(), f.ruleId(), surer.evidence()));
                return;
            }
        }
        out.add(f);
    }

    /**
     * Whether the text reads as guidance, asked only when a role word or a pronoun needs the answer:
     * looking for the "asks in general" phrases reads the whole text, and most texts never need it.
     */
    private static final class GuidanceAnswer {
        private final PersonReference people;
        private final String text;
        private Boolean answer;

        GuidanceAnswer(PersonReference people, String text) {
            this.people = people;
            this.text = text;
        }

        boolean holds() {
            if (answer == null) {
                answer = people.opensAsGuidance(text);
            }
            return answer;
        }
    }
}
