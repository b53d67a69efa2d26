package se.precheck.detect.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.precheck.detect.ContextWords;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * Protected personal data in the population register (domain.md §2.2, 22 kap. 1 § OSL):
 * "skyddad identitet", "skyddade personuppgifter", "skyddad folkbokföring", "sekretessmarkering"
 * in the register sense, "fingerade personuppgifter", "kvarskriven". High when the sentence is
 * about a particular person (a pronoun, a definite role word, a name-like pair of capitalised
 * words), when a form field says yes ("Skyddad identitet: Ja"), or when it is a stamp ("OBS!
 * Skyddad identitet"); info for general routines. A field that says no gives nothing.
 */
public final class ProtectedIdentityDetector implements Detector {

    static final String RULE = "R5-skyddad-identitet";
    static final String RULE_GENERAL = "R5-skyddad-identitet-allmant";

    private static final Anchored TERMS = Anchored.phrases("protected-identity-terms.txt");

    /** The anchored patterns, for the family's {@link Scan}. */
    static final List<Anchored> ANCHORED = List.of(TERMS);

    private static final Pattern FIELD_YES = Pattern.compile(
            "\\s{0,3}+[:=]\\s{0,3}+(?:ja|yes|x|finns|j)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FIELD_NO = Pattern.compile(
            "\\s{0,3}+[:=]\\s{0,3}+(?:nej|no|saknas|finns\\s{1,3}+ej|finns\\s{1,3}+inte|n|-)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEGATED_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:ingen|inga|inte|ej|saknar|utan|no|not)\\s{1,3}+(?:\\p{L}{1,12}+\\s{1,3}+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // "Skyddad identitet finns", "har beviljats skyddad folkbokföring", "OBS".
    private static final ContextWords CASE_SIGNAL = ContextWords.of(
            "obs", "observera", "finns", "föreligger", "beviljad*", "beviljats", "beviljat", "fått", "fick", "ansökt", "ansöker", "flyttat", "flyttade");

    // Population-register sense of "sekretessmarkering": a person or the register, not a document.
    private static final ContextWords REGISTER = ContextWords.of(
            "folkbokför*", "skatteverket*", "personuppgift*", "adress*", "bostadsadress*", "navet", "spar");

    // A case at hand: "Vi har en familj med skyddade personuppgifter", "jag har fått in ett ärende där
    // barnet har …", "we have a client with …": someone in particular, though not yet named.
    private static final Pattern CASE_AT_HAND = Pattern.compile(
            "(?<![\\p{L}])(?:vi|jag|we|i)\\s{1,3}+(?:har|hade|fick|har\\s{1,3}+fått|have|had|got)\\s{1,3}+(?:in\\s{1,3}+)?"
                    + "(?:en|ett|två|tre|fyra|a|an|two|three)\\s{1,3}+(?:[\\p{L}\\-]{2,30}+\\s{1,3}+){1,2}?(?:med|som\\s{1,3}+har|där|with|who\\s{1,3}+has)\\s{1,3}+"
                    + "(?:[\\p{L}\\-]{2,30}+\\s{1,3}+){0,3}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Set<String> NOT_NAMES = Lexicon.load("not-names.txt").stream()
            .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    private static final Pattern CAPITALISED_PAIR = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}{1,20}+)(?:\\s{1,2}+|-)(\\p{Lu}\\p{Ll}{1,25}+)(?![\\p{L}\\p{N}])");

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        return detect(Scan.of(normalized.text()));
    }

    /** The findings on the family's shared scan of the text. */
    List<Finding> detect(Scan scan) {
        String text = scan.text();
        List<Finding> out = new ArrayList<>();
        for (MatchResult m : TERMS.findAll(scan)) {
            int start = m.start();
            int end = m.end();
            boolean registerMarker = text.regionMatches(true, start, "sekretessmark", 0, 13);
            if (registerMarker && !isPopulationRegisterSense(text, start, end) && !isField(FIELD_YES, text, end)) {
                continue; // a secrecy-marked document, see SecrecyMarkingDetector
            }
            Finding f = classify(text, start, end);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private static Finding classify(String text, int start, int end) {
        if (isField(FIELD_NO, text, end) || isNegated(text, start) || Spans.isBlankChoice(text, end)) {
            return null;
        }
        if (isField(FIELD_YES, text, end)) {
            return high(start, end, 0.95, "term;field-yes");
        }
        if (Statements.isGeneral(text, start, end)) {
            return new Finding(Category.PROTECTED_IDENTITY, start, end, 0.7, RULE_GENERAL, "term;general");
        }
        if (Statements.mentionsPerson(text, start, end)) {
            return high(start, end, 0.9, "term;person-word");
        }
        if (hasNameLikePair(text, start, end)) {
            return high(start, end, 0.8, "term;name-like");
        }
        if (Spans.isUpperCase(text, start, end) || Spans.isHeader(text, start, end) || CASE_SIGNAL.near(text, start, end)
                || CASE_AT_HAND.matcher(text).region(Math.max(Spans.sentenceStart(text, start), start - 80), start).find()) {
            return high(start, end, 0.8, "term;case-signal");
        }
        return new Finding(Category.PROTECTED_IDENTITY, start, end, 0.6, RULE_GENERAL, "term;no-person");
    }

    /**
     * "Sekretessmarkering" means a protected person when the population register is named nearby,
     * or when a person is named and no document is; a secrecy-marked document otherwise.
     */
    static boolean isPopulationRegisterSense(String text, int start, int end) {
        int from = Spans.sentenceStart(text, start);
        int to = Spans.sentenceEnd(text, end);
        if (REGISTER.inWindow(text, from, start) || REGISTER.inWindow(text, end, to)) {
            return true;
        }
        return Statements.mentionsPerson(text, start, end) && !Statements.mentionsDocument(text, start, end);
    }

    private static boolean isField(Pattern field, String text, int end) {
        return field.matcher(text).region(end, Math.min(text.length(), end + 16)).lookingAt();
    }

    private static boolean isNegated(String text, int start) {
        int from = Math.max(Spans.sentenceStart(text, start), start - 24);
        return NEGATED_BEFORE.matcher(text).region(from, start).find();
    }

    private static boolean hasNameLikePair(String text, int start, int end) {
        int from = Spans.sentenceStart(text, start);
        int to = Spans.sentenceEnd(text, end);
        Matcher m = CAPITALISED_PAIR.matcher(text).region(from, to);
        while (m.find()) {
            boolean insideTerm = m.start() < end && start < m.end();
            if (!insideTerm && !NOT_NAMES.contains(m.group(1).toLowerCase(Locale.ROOT))
                    && !NOT_NAMES.contains(m.group(2).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Finding high(int start, int end, double confidence, String evidence) {
        return new Finding(Category.PROTECTED_IDENTITY, start, end, confidence, RULE, evidence);
    }
}
