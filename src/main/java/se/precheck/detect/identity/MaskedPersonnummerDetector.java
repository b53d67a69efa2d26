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
 * Partly masked personnummer ("850314-XXXX", "19850314-****", "850314-12xx"): the last four are
 * hidden, the birth date is not, and with a name beside it the person is still identified.
 * Surer when a context word or a capitalised, name-like word is near.
 */
public final class MaskedPersonnummerDetector implements Detector {

    private static final ContextLexicon PNR_CONTEXT = ContextLexicon.load("personnummer-context.txt");

    // Bounded: at most 8 + 2 + 3 + 4 characters per attempt, whatever the input.
    private static final Pattern MASKED = Pattern.compile(
            "(?<![\\d\\-+./])(\\d{2})?(\\d{6})(?: ?[-+] ?| |)([0-9xX*#•]{4})(?![\\p{L}\\d*#•])");
    private static final Pattern NAME_LIKE = Pattern.compile("\\p{Lu}\\p{Ll}{1,30}+");

    private static final double CONFIDENCE = 0.6;
    private static final double CONFIDENCE_NEAR_NAME = 0.85;

    @Override
    public List<Finding> detect(NormalizedText text, Policy policy) {
        String s = text.text();
        List<Finding> out = new ArrayList<>();
        // Six digits of birth date start every form.
        AnchoredMatcher matches = new AnchoredMatcher(MASKED, s, DigitRuns.of(text).starts(6));
        Matcher m = matches.match();
        while (matches.find()) {
            String hidden = m.group(3);
            if (hidden.chars().allMatch(Character::isDigit)) {
                continue; // not masked at all: PersonnummerDetector's business
            }
            int century = m.group(1) == null ? -1 : Integer.parseInt(m.group(1));
            if (century != -1 && (century < 18 || century > 20)) {
                continue;
            }
            BirthDate.Kind kind = BirthDate.classify(m.group(2), century);
            if (kind == BirthDate.Kind.ORGANISATION || kind == BirthDate.Kind.IMPOSSIBLE) {
                continue;
            }
            boolean context = PNR_CONTEXT.near(s, m.start(), m.end(), PersonnummerDetector.CONTEXT_BEFORE, PersonnummerDetector.CONTEXT_AFTER);
            boolean name = nameNear(s, m.start(), m.end());
            double confidence = context || name ? CONFIDENCE_NEAR_NAME : CONFIDENCE;
            String evidence = "pnr-masked-" + (century == -1 ? "10" : "12") + (context ? ";context" : "") + (name ? ";name-near" : "");
            // with a name or a personnummer word beside it the birth date points out the person: as high as the full number
            String rule = context || name ? "R4-personnummer-maskerat-person" : "R4-personnummer-maskerat";
            out.add(new Finding(Category.PERSONNUMMER, m.start(), m.end(), confidence, rule, evidence));
        }
        return out;
    }

    /** A capitalised word in the window that does not merely start a sentence. */
    private static boolean nameNear(String s, int start, int end) {
        int from = Math.max(0, start - PersonnummerDetector.CONTEXT_BEFORE);
        int to = Math.min(s.length(), end + PersonnummerDetector.CONTEXT_AFTER);
        Matcher m = NAME_LIKE.matcher(s).region(from, to);
        while (m.find()) {
            if (m.start() > 0 && Character.isLetter(s.charAt(m.start() - 1))) {
                continue;
            }
            if (!startsSentence(s, m.start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsSentence(String s, int at) {
        int i = at - 1;
        while (i >= 0 && s.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".!?:\n\r\t".indexOf(s.charAt(i)) >= 0;
    }
}
