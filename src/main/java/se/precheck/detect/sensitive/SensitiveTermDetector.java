package se.precheck.detect.sensitive;

import java.util.ArrayList;
import java.util.List;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.detect.sensitive.Lexicon.Strength;
import se.precheck.detect.sensitive.LexiconMatcher.Match;
import se.precheck.detect.sensitive.PersonReference.Link;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * One category of sensitive data (GDPR art. 9/10 or what IMY treats as especially protected),
 * driven by its lexicon {@code lexicon/sensitive/<slug>.txt}. A term tied to a person gives the
 * high rule {@code R5-<slug>}; a strong term about a topic or a population gives the info rule
 * {@code R5-<slug>-allmant}; a weak term without a person gives nothing.
 */
public final class SensitiveTermDetector implements Detector {

    static final double TIED_STRONG = 0.9;
    static final double TIED_WEAK = 0.7;
    static final double GENERAL = 0.6;
    /** Terms of the same kind this close ("diagnosen ADHD", "ADHD-diagnostiserad") are one finding. */
    private static final int JOIN_GAP = 2;

    private final Category category;
    private final String slug;
    private final LexiconMatcher matcher;

    public SensitiveTermDetector(Category category, String slug) {
        this(category, slug, Lexicon.load("lexicon/sensitive/" + slug + ".txt"));
    }

    SensitiveTermDetector(Category category, String slug, Lexicon lexicon) {
        this.category = category;
        this.slug = slug;
        this.matcher = new LexiconMatcher(lexicon);
    }

    public Category category() {
        return category;
    }

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        String text = normalized.text();
        List<Match> matches = matcher.find(text);
        if (matches.isEmpty()) {
            return List.of();
        }
        Tokens tokens = Tokens.of(text);
        PersonReference people = PersonReference.get();
        List<Finding> out = new ArrayList<>();
        for (Match m : matches) {
            boolean strong = m.term().strength() == Strength.STRONG;
            int first = tokens.indexAt(m.start());
            int last = Math.max(first, tokens.indexAt(m.end() - 1));
            Link link = people.find(tokens, first, last, strong);
            Finding f = finding(m, strong, link);
            if (f != null) {
                add(out, f, text);
            }
        }
        return out;
    }

    private Finding finding(Match m, boolean strong, Link link) {
        String kind = strong ? "strong" : "weak";
        String evidence = "lexicon:" + slug + ";" + kind + ";" + link.name().toLowerCase(java.util.Locale.ROOT);
        if (link.isPerson()) {
            return new Finding(category, m.start(), m.end(), strong ? TIED_STRONG : TIED_WEAK, "R5-" + slug, evidence);
        }
        if (strong) {
            return new Finding(category, m.start(), m.end(), GENERAL, "R5-" + slug + "-allmant", evidence);
        }
        return null;
    }

    private static boolean isJoint(String gap) {
        return gap.isBlank() || gap.equals("-");
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
}
