package se.precheck.detect.userules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * Text marked as internal (the guideline's "Användning av öppet tillgänglig information":
 * internal information, e.g. from the intranet, must not be shared; markings in domain.md §2.3).
 *
 * <p>Restrictive markings ("Endast för internt bruk", "Får ej spridas externt") count wherever
 * they stand. A bare word such as "Intern" counts only when it is set as a marking: in capitals,
 * alone on its line, in brackets or after a classification label; in running text it is a topic
 * ("hur vi hanterar intern information", "intern kontroll"). Drafts marked as work material and
 * text said to come from the intranet get the weak rule (review).
 */
public final class InternalMarkingDetector implements Detector {

    static final String MARKING_RULE = "INT-intern-markering";
    static final String WEAK_RULE = "INT-intern-svag";

    private static final double MARKING_CONFIDENCE = 0.9;
    private static final double WEAK_CONFIDENCE = 0.7;
    private static final int MAX_FINDINGS = 50;
    /** How far back on its line a classification label may stand ("Klassificering: Intern"). */
    private static final int LABEL_REACH = 40;

    private static final PhraseTemplates TEMPLATES = PhraseTemplates.withMacros("internal/macros.txt");
    private static final WordStartMatcher RESTRICTIVE = TEMPLATES.matcher(Lexicon.lines("internal/markings-restrictive.txt"));
    private static final WordStartMatcher MARKING_WORDS = TEMPLATES.matcher(Lexicon.lines("internal/markings-words.txt"));
    private static final WordStartMatcher WEAK = TEMPLATES.matcher(Lexicon.lines("internal/markings-weak.txt"));
    private static final WordStartIndex INDEX = new WordStartIndex(List.of(RESTRICTIVE, MARKING_WORDS, WEAK));
    private static final Pattern CLASSIFICATION_LABEL = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:" + String.join("|", Lexicon.lines("internal/classification-labels.txt")) + ")\\s{0,3}+[:=]\\s{0,3}+$");
    // "Intern information – får ej spridas", "INTERNT: ej för vidarebefordran", "Internal - do not share":
    // the word followed by a restriction on sharing is a marking, also without "externt".
    private static final Pattern RESTRICTION_AFTER = Pattern.compile(
            "(?iu)\\s{0,3}+[-:/|,.(]\\s{0,3}+(?:(?:får|ska|bör|skall)\\s{1,3}+(?:ej|inte|icke)\\s{1,3}+(?:spridas|delas|lämnas\\s{1,3}+ut|vidarebefordras|publiceras|skickas\\s{1,3}+vidare)"
                    + "|(?:ej|inte)\\s{1,3}+för\\s{1,3}+(?:spridning|publicering|vidarebefordran|extern\\p{L}{0,8}+)"
                    + "|do\\s{1,3}+not\\s{1,3}+(?:share|distribute|forward)|not\\s{1,3}+for\\s{1,3}+(?:distribution|publication|external))(?![\\p{L}])");
    private static final int RESTRICTION_REACH = 48;
    // The marking as the subject of a sentence about markings, or the thing asked about.
    private static final Pattern TERM_AFTER = Pattern.compile(
            "(?iu)[\"'”’»]?\\s{0,3}+(?:är|is|betyder|innebär|means)\\s{1,3}+(?:(?:en|ett|a|an|the)\\s{1,3}+)?(?:\\p{L}{2,20}+\\s{1,3}+)?"
                    + "(?:märkning|etikett|formulering|fras|stämpel|marking|label|phrase)\\p{L}{0,3}+(?![\\p{L}])|[\"'”’»]?\\s{0,3}+(?:betyder|innebär|means)(?![\\p{L}])");
    private static final Pattern TERM_BEFORE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:märkningen|etiketten|formuleringen|frasen|stämpeln|begreppet|vad\\s{1,3}+betyder|vad\\s{1,3}+innebär|the\\s{1,3}+(?:marking|label|phrase)|what\\s{1,3}+does)"
                    + "\\s{0,3}+[:\"'“‘«]?\\s{0,3}+$");

    private static boolean isNamedAsATerm(String t, int start, int end) {
        return TERM_AFTER.matcher(t).region(end, Math.min(t.length(), end + 48)).lookingAt()
                || TERM_BEFORE.matcher(t).region(Math.max(0, start - 32), start).find();
    }
    private static final Pattern INTRANET_WORD = Pattern.compile("(?iu)intran[äa]t\\p{L}{0,12}+|intranet\\p{L}{0,4}+");

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        String t = normalized.text();
        List<Finding> out = new ArrayList<>();
        WordStartIndex.Scan scan = INDEX.scan(t);
        for (int[] m : scan.find(RESTRICTIVE, t.length(), MAX_FINDINGS)) {
            if (isNamedAsATerm(t, m[0], m[1])) {
                continue; // "Endast för internt bruk är en vanlig märkning": the marking talked about
            }
            out.add(new Finding(Category.INTERNAL_INFORMATION, m[0], m[1], MARKING_CONFIDENCE, MARKING_RULE, "internal-marking:restrictive"));
        }
        for (int[] m : scan.find(MARKING_WORDS, t.length(), 10 * MAX_FINDINGS)) {
            String form = markingForm(t, m[0], m[1]);
            if (form != null && out.size() < 2 * MAX_FINDINGS) {
                out.add(new Finding(Category.INTERNAL_INFORMATION, m[0], m[1], MARKING_CONFIDENCE, MARKING_RULE, "internal-marking:" + form));
            }
        }
        Set<String> intranetNames = intranetNames(policy);
        for (int[] m : scan.find(WEAK, t.length(), MAX_FINDINGS)) {
            if (namesTheIntranet(t, m[0], m[1], intranetNames)) {
                out.add(new Finding(Category.INTERNAL_INFORMATION, m[0], m[1], WEAK_CONFIDENCE, WEAK_RULE, "internal-hint"));
            }
        }
        return out;
    }

    /** How a bare marking word is set apart, or null when it is part of running text. */
    private static String markingForm(String t, int start, int end) {
        // "INTERN" as a stamp, but not "INTERN KONTROLLPLAN 2025", a heading set in capitals.
        if (allCapitals(t, start, end) && !capitalWordFollows(t, end)) {
            return "capitals";
        }
        int lineStart = t.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = t.indexOf('\n', end);
        if (lineEnd < 0) {
            lineEnd = t.length();
        }
        if (onlyPunctuation(t, lineStart, start) && onlyPunctuation(t, end, lineEnd)) {
            return "own-line";
        }
        if (RESTRICTION_AFTER.matcher(t).region(end, Math.min(t.length(), end + RESTRICTION_REACH)).lookingAt()) {
            return "restriction";
        }
        int from = Math.max(lineStart, start - LABEL_REACH);
        if (CLASSIFICATION_LABEL.matcher(t).region(from, start).find()) {
            return "classification";
        }
        boolean bracketed = start > 0 && end < t.length()
                && "[(".indexOf(t.charAt(start - 1)) >= 0 && "])".indexOf(t.charAt(end)) >= 0;
        return bracketed ? "brackets" : null;
    }

    private static boolean capitalWordFollows(String t, int end) {
        int i = end;
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i + 1 < t.length() && Character.isUpperCase(t.charAt(i)) && Character.isUpperCase(t.charAt(i + 1));
    }

    private static boolean allCapitals(String t, int start, int end) {
        boolean letters = false;
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /** Only spaces, dashes, stars, brackets and the like: the marking stands alone on its line. */
    private static boolean onlyPunctuation(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** A weak hint ending in a capitalised word counts only when that word is the intranet's name. */
    private static boolean namesTheIntranet(String t, int start, int end, Set<String> intranetNames) {
        int lastWord = end;
        while (lastWord > start && Character.isLetter(t.charAt(lastWord - 1))) {
            lastWord--;
        }
        String word = t.substring(lastWord, end);
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || INTRANET_WORD.matcher(word).matches()) {
            return true;
        }
        return intranetNames.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The intranet's own names: the first label of each intranet host that is not SharePoint or "www". */
    private static Set<String> intranetNames(Policy policy) {
        Set<String> out = new HashSet<>();
        for (String host : policy.intranetHosts()) {
            String h = host.toLowerCase(Locale.ROOT);
            int dot = h.indexOf('.');
            if (dot > 0 && !h.contains("sharepoint") && !h.startsWith("www.")) {
                out.add(h.substring(0, dot));
            }
        }
        return out;
    }
}
