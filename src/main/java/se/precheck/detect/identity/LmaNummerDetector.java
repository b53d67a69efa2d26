package se.precheck.detect.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * LMA or dossier numbers (Migrationsverket's case number on an asylum seeker's LMA card, eight
 * digits written {@code xx-xxxxxx}, domain.md §1.5). Eight digits are common, so only with an
 * LMA, dossier or Migrationsverket word near; written without the dash it needs the word just before.
 */
public final class LmaNummerDetector implements Detector {

    private static final ContextLexicon CONTEXT = ContextLexicon.load("lma-context.txt");

    private static final Pattern LMA = Pattern.compile("(?<![\\d\\-+./,])(\\d{2})( ?- ?| ?)(\\d{6})(?![\\d]|[\\-+./,]\\d)");

    private static final int BEFORE = 60;
    private static final int AFTER = 30;
    /** Without the dash only a label right before counts ("Dossiernummer: 12345678"). */
    private static final int LABEL_BEFORE = 25;

    @Override
    public List<Finding> detect(NormalizedText text, Policy policy) {
        String s = text.text();
        List<Finding> out = new ArrayList<>();
        AnchoredMatcher matches = new AnchoredMatcher(LMA, s, DigitRuns.of(text).starts(2));
        Matcher m = matches.match();
        while (matches.find()) {
            boolean dashed = m.group(2).indexOf('-') >= 0;
            boolean context = dashed
                    ? CONTEXT.near(s, m.start(), m.end(), BEFORE, AFTER)
                    : CONTEXT.inWindow(s, Math.max(0, m.start() - LABEL_BEFORE), m.start());
            if (context) {
                out.add(new Finding(Category.PERSONNUMMER, m.start(), m.end(), dashed ? 0.85 : 0.75, "R4-lma-nummer",
                        (dashed ? "lma-dash" : "lma-bare") + ";context"));
            }
        }
        return out;
    }
}
