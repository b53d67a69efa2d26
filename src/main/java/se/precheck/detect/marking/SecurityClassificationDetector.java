package se.precheck.detect.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import se.precheck.detect.ContextWords;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * Security classifications under säkerhetsskyddslagen (domain.md §2.4): KVALIFICERAT HEMLIG,
 * HEMLIG, KONFIDENTIELL, BEGRÄNSAT HEMLIG, their English counterparts, and NATO/EU markings, when
 * they are used as markings: in capitals as a word of their own, as a header line, after a label
 * ("Säkerhetsskyddsklass: Hemlig") or beside the security act or its OSL references.
 *
 * <p>Decision: lower case in running text never fires ("en hemlig ingrediens", "det är
 * konfidentiellt mellan oss"). "KONFIDENTIELL" in capitals is always this class; the stamp
 * "KONFIDENTIELLT" is a secrecy marking; "CONFIDENTIAL" follows {@link Classification}.
 */
public final class SecurityClassificationDetector implements Detector {

    static final String RULE = "R5-sakerhetsskydd";
    static final String RULE_GENERAL = "R5-sakerhetsskydd-allmant";

    private static final String LEVELS = "KVALIFICERAT\\s{1,3}+HEMLIG|BEGR[ÄA]NSAT\\s{1,3}+HEMLIG|HEMLIG|KONFIDENTIELL"
            + "|TOP\\s{1,3}+SECRET|SECRET|CONFIDENTIAL|RESTRICTED";

    // Capitals, as a word of its own: not part of a config key ("CLIENT_SECRET=") or a longer word.
    private static final Anchored UPPER_LEVEL = new Anchored(Pattern.compile(
            "(?<![\\p{L}\\p{N}_$])(?:" + LEVELS + ")(?![\\p{L}\\p{N}_])(?!\\s{0,2}+=)"),
            Literals.exact("KVALIFICERAT", "BEGR", "HEMLIG", "KONFIDENTIELL", "TOP", "SECRET", "CONFIDENTIAL", "RESTRICTED"), 40);

    // "märkt HEMLIG", "marked RESTRICTED": a class in capitals after a word for marking. CONFIDENTIAL
    // is left to Classification (mostly the secrecy stamp).
    private static final Anchored MARKED = new Anchored(Pattern.compile(
            "(?<![\\p{L}])(?iu:marked(?:\\s{1,3}+as)?|märkt[as]?(?:\\s{1,3}+som)?|stämplad[e]?(?:\\s{1,3}+som)?)\\s{0,3}+[:\"'“”]?\\s{0,3}+"
                    + "(KVALIFICERAT\\s{1,3}+HEMLIG|BEGR[ÄA]NSAT\\s{1,3}+HEMLIG|HEMLIG|KONFIDENTIELL|TOP\\s{1,3}+SECRET|SECRET|RESTRICTED)(?![\\p{L}])"),
            Literals.ignoreCase("marked", "märkt", "stämplad"), 60);

    // NATO and EU markings are unambiguous in any case.
    private static final Anchored INTERNATIONAL = new Anchored(Pattern.compile(
            "(?<![\\p{L}])(?:(?:NATO|COSMIC|EU|ESA)\\s{1,3}+(?:TOP\\s{1,3}+SECRET|SECRET|CONFIDENTIAL|RESTRICTED)"
                    + "|(?:RESTREINT|CONFIDENTIEL|SECRET|TR[ÈE]S\\s{1,3}+SECRET)\\s{1,3}+UE"
                    + "(?:\\s{0,3}+/\\s{0,3}+EU\\s{1,3}+(?:TOP\\s{1,3}+SECRET|SECRET|CONFIDENTIAL|RESTRICTED))?+)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Literals.ignoreCase("nato", "cosmic", "eu", "esa", "restreint", "confidentiel", "secret", "très", "tres"), 80);

    // Any case after a label: "Säkerhetsskyddsklass: Hemlig", "klassificerad som konfidentiell".
    private static final Anchored LABELLED = new Anchored(Pattern.compile(
            "(?<![\\p{L}])(?:säkerhetsskyddsklass(?:ificering|ning|ad)?|säkerhetsklass(?:ificering)?|security\\s{1,3}+classification"
                    + "|(?:säkerhetsskydds)?klassificerad\\s{1,3}+som|classified\\s{1,3}+as)\\s{0,3}+[:=]?\\s{0,3}+"
                    + "(" + LEVELS + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Literals.ignoreCase("säkerhets", "security", "klassificerad", "classified"), 120);

    // Title case ("Hemlig", "Konfidentiell") counts only as a header line or beside the law.
    private static final Anchored TITLE_LEVEL = new Anchored(Pattern.compile(
            "(?<![\\p{L}\\p{N}_])(?:Kvalificerat\\s{1,3}+hemlig|Begr[äa]nsat\\s{1,3}+hemlig|Hemlig|Konfidentiell|Top\\s{1,3}+secret|Secret|Restricted)(?![\\p{L}\\p{N}_])"),
            Literals.exact("Kvalificerat", "Begr", "Hemlig", "Konfidentiell", "Top", "Secret", "Restricted"), 40);

    private static final Pattern LEGAL_CONTEXT = Pattern.compile(
            "(?<![\\p{L}])(?:säkerhetsskydd\\p{L}{0,20}+|2018:585|(?:15\\s{0,3}+kap\\.?\\s{0,3}+2|18\\s{0,3}+kap\\.?\\s{0,3}+8)\\s{0,2}+§|OSL\\s{0,2}+(?:15:2|18:8))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // "säkerhetsskyddsklassificerad handling" about this text, or about such information in general.
    private static final Anchored CLASSIFIED_WORD = new Anchored(Pattern.compile(
            "(?<![\\p{L}])säkerhetsskyddsklassificerad\\p{L}{0,3}+(?![\\p{L}])|(?<![\\p{L}])security[- ]classified(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), Literals.ignoreCase("säkerhetsskyddsklassificerad", "security"), 60);

    // Capitals that are not markings: the office "secret friend" game.
    private static final Pattern FALSE_FRIENDS = Pattern.compile("HEMLIG\\s{1,3}+V[ÄA]N|SECRET\\s{1,3}+SANTA");

    /** The anchored patterns, for the family's {@link Scan}. */
    static final List<Anchored> ANCHORED = List.of(UPPER_LEVEL, INTERNATIONAL, LABELLED, TITLE_LEVEL, CLASSIFIED_WORD, MARKED);

    private static final int LEGAL_REACH = 80;

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        return detect(Scan.of(normalized.text()));
    }

    /** The findings on the family's shared scan of the text. */
    List<Finding> detect(Scan scan) {
        String text = scan.text();
        List<Finding> out = new ArrayList<>();
        for (MatchResult m : INTERNATIONAL.findAll(scan)) {
            out.add(finding(m.start(), m.end(), 0.95, "international"));
        }
        for (MatchResult m : LABELLED.findAll(scan)) {
            addUnlessCovered(out, finding(m.start(1), m.end(1), 0.95, "level;label"));
        }
        for (MatchResult m : MARKED.findAll(scan)) {
            addUnlessCovered(out, finding(m.start(1), m.end(1), 0.9, "level;marked"));
        }
        for (MatchResult m : UPPER_LEVEL.findAll(scan)) {
            upperCase(text, m.start(), m.end(), out);
        }
        for (MatchResult m : TITLE_LEVEL.findAll(scan)) {
            titleCase(text, m.start(), m.end(), out);
        }
        out = talkAboutTheScale(text, out);
        for (MatchResult m : CLASSIFIED_WORD.findAll(scan)) {
            boolean general = Statements.isGeneral(text, m.start(), m.end()) || isAboutKindsOfInformation(text, m.start(), m.end());
            addUnlessCovered(out, general
                    ? new Finding(Category.SECURITY_CLASSIFICATION, m.start(), m.end(), 0.7, RULE_GENERAL, "classified-word;general")
                    : finding(m.start(), m.end(), 0.85, "classified-word"));
        }
        return out;
    }

    // A word that makes the class the topic: "the NATO RESTRICTED marking", "nivån KONFIDENTIELL", "vad betyder HEMLIG".
    private static final Pattern TOPIC_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:nivå(?:n|erna)?|klass(?:en|erna)?|skyddsklass(?:en)?|begreppet|termen|ordet|betyder|innebär|level|term|word|means)"
            + "\\s{0,3}+[\"'“”]?\\s{0,3}+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TOPIC_AFTER = Pattern.compile(
            "\\s{0,3}+[\"'“”]?\\s{0,3}+(?:-?märkning\\p{L}{0,3}+|marking|label|level|nivå\\p{L}{0,3}+|betyder|innebär|means)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EXPLAIN = Pattern.compile(
            "(?<![\\p{L}])(?:förklara|beskriv|vad\\s{1,3}+betyder|vad\\s{1,3}+innebär|skillnaden|explain|describe|what\\s{1,3}+does|what\\s{1,3}+is|difference)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The classes as a topic, not a marking: two or more different levels in one sentence of running
     * text ("Nivåerna är KONFIDENTIELL, HEMLIG och KVALIFICERAT HEMLIG"), or a class named as a
     * term ("the NATO RESTRICTED marking", "nivån HEMLIG") in a text that asks for an explanation or
     * states what is true in general. A header line stays a marking.
     */
    private static List<Finding> talkAboutTheScale(String text, List<Finding> found) {
        List<Finding> out = new ArrayList<>(found.size());
        for (Finding f : found) {
            if (!f.ruleId().equals(RULE) || Spans.isHeader(text, f.start(), f.end()) || hasLegalContext(text, f.start(), f.end())
                    && !otherLevelInSentence(text, f, found)) {
                out.add(f);
                continue;
            }
            int sentence = Spans.sentenceStart(text, f.start());
            int sentenceEnd = Spans.sentenceEnd(text, f.end());
            boolean term = TOPIC_BEFORE.matcher(text).region(Math.max(sentence, f.start() - 24), f.start()).find()
                    || TOPIC_AFTER.matcher(text).region(f.end(), Math.min(text.length(), f.end() + 16)).lookingAt();
            boolean asked = EXPLAIN.matcher(text).region(sentence, Math.min(text.length(), Spans.sentenceEnd(text, sentenceEnd + 1))).find()
                    || Statements.isGeneral(text, f.start(), f.end());
            if (otherLevelInSentence(text, f, found) || term && asked) {
                out.add(new Finding(Category.SECURITY_CLASSIFICATION, f.start(), f.end(), 0.7, RULE_GENERAL, f.evidence() + ";topic;general"));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** Another class of a different level in the same sentence ("HEMLIG/SECRET" is one level in two languages). */
    private static boolean otherLevelInSentence(String text, Finding f, List<Finding> found) {
        int from = Spans.sentenceStart(text, f.start());
        int to = Spans.sentenceEnd(text, f.end());
        int level = level(text.substring(f.start(), f.end()));
        for (Finding g : found) {
            if (g != f && g.start() >= from && g.end() <= to && level(text.substring(g.start(), g.end())) != level) {
                return true;
            }
        }
        return false;
    }

    /** 1 restricted … 4 top secret, by the last words of a class name in any language or case. */
    private static int level(String name) {
        String n = name.toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        if (n.contains("KVALIFICERAT") || n.contains("TOP SECRET") || n.contains("TRÈS") || n.contains("TRES")) {
            return 4;
        }
        if (n.contains("BEGRÄNSAT") || n.contains("BEGRANSAT") || n.contains("RESTRICTED") || n.contains("RESTREINT")) {
            return 1;
        }
        if (n.contains("KONFIDENTIELL") || n.contains("CONFIDENTIAL") || n.contains("CONFIDENTIEL")) {
            return 2;
        }
        return 3;
    }

    // "säkerhetsskyddsklassificerade uppgifter": information of that kind, not this text.
    private static final Pattern KINDS_OF_INFORMATION = Pattern.compile(
            "\\s{1,3}+(?:uppgifter|handlingar|dokument|verksamheter|upphandlingar|system|information|material|data)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final ContextWords DEIXIS = Lexicon.words("deixis.txt");

    /** An indefinite plural after the word and nothing in the sentence pointing at this text. */
    private static boolean isAboutKindsOfInformation(String text, int start, int end) {
        if (!KINDS_OF_INFORMATION.matcher(text).region(end, Math.min(text.length(), end + 20)).lookingAt()) {
            return false;
        }
        return !DEIXIS.inWindow(text, Spans.sentenceStart(text, start), Spans.sentenceEnd(text, end));
    }

    private static void upperCase(String text, int start, int end, List<Finding> out) {
        if (text.startsWith("CONFIDENTIAL", start) && !Classification.confidentialIsClassification(text, start, end)) {
            return; // the secrecy stamp, see SecrecyMarkingDetector
        }
        if (FALSE_FRIENDS.matcher(text).region(start, Math.min(text.length(), start + 20)).lookingAt()) {
            return;
        }
        if (isLoneEnglishWord(text, start, end) && isQuoted(text, start, end)) {
            return; // a string or key in code or JSON: {"SECRET": …}
        }
        boolean legal = hasLegalContext(text, start, end);
        if (isLoneEnglishWord(text, start, end) && !legal && !Spans.isHeader(text, start, end)
                && !Classification.hasClassContext(text, start, end)) {
            return; // "ACCESS RESTRICTED TO STAFF", "SECRET sauce": English capitals need a header or context
        }
        if (Spans.isShoutingLine(text, start, end) && !legal && !Spans.isHeader(text, start, end)) {
            return; // a whole line in capitals: one more capital word says little
        }
        addUnlessCovered(out, finding(start, end, legal ? 0.95 : 0.9, legal ? "level;upper-case;legal" : "level;upper-case"));
    }

    private static boolean isQuoted(String text, int start, int end) {
        if (start == 0 || end >= text.length()) {
            return false;
        }
        char before = text.charAt(start - 1);
        return (before == '"' || before == '\'') && text.charAt(end) == before;
    }

    private static boolean isLoneEnglishWord(String text, int start, int end) {
        String word = text.substring(start, end);
        return word.equals("SECRET") || word.equals("RESTRICTED") || word.equals("CONFIDENTIAL");
    }

    private static void titleCase(String text, int start, int end, List<Finding> out) {
        if (hasLegalContext(text, start, end)) {
            addUnlessCovered(out, finding(start, end, 0.85, "level;legal"));
        } else if (Spans.isHeader(text, start, end)) {
            addUnlessCovered(out, finding(start, end, 0.75, "level;header"));
        }
    }

    private static boolean hasLegalContext(String text, int start, int end) {
        int from = Math.max(Spans.lineStart(text, start), start - LEGAL_REACH);
        int to = Math.min(Spans.lineEnd(text, end), end + LEGAL_REACH);
        return LEGAL_CONTEXT.matcher(text).region(from, to).find();
    }

    private static Finding finding(int start, int end, double confidence, String evidence) {
        return new Finding(Category.SECURITY_CLASSIFICATION, start, end, confidence, RULE, evidence);
    }

    private static void addUnlessCovered(List<Finding> out, Finding f) {
        for (Finding g : out) {
            if (g.start() < f.end() && f.start() < g.end()) {
                return;
            }
        }
        out.add(f);
    }
}
