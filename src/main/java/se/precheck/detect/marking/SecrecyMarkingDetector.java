package se.precheck.detect.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * Secrecy markings (domain.md §2.1, §2.3): references to the secrecy act in their written forms
 * ("26 kap. 1 § OSL", "OSL 26:1", "7 kap. 4 § SekrL"), marking phrases ("Omfattas av sekretess",
 * "Får ej lämnas ut") and stamps ("SEKRETESS", "Konfidentiellt" as a header). A chapter of
 * another law (SoL, LSS, …) is not a marking. A marking phrase in a general statement ("sekretess
 * och tystnadsplikt gäller för all personal") gives an info-level finding; the bare topic words
 * ("utbildning om sekretess") give nothing.
 *
 * <p>"KONFIDENTIELL" in capitals is the security class and belongs to
 * {@link SecurityClassificationDetector}; the stamp "KONFIDENTIELLT"/"Konfidentiellt" is a
 * secrecy marking here; "CONFIDENTIAL" is decided by {@link Classification#confidentialIsClassification}.
 */
public final class SecrecyMarkingDetector implements Detector {

    static final String RULE = "R5-sekretessmarkering";
    static final String RULE_GENERAL = "R5-sekretess-allmant";

    // "26 kap. 1 §", "26 kap 1§", "7 kap. 4 a §", "26 kapitlet 1 §", "26 kap. 1 och 5 §§";
    // "26:1", "26:1 a"; the reversed "kap. 26 § 1".
    private static final String SECTION = "\\d{1,3}\\s{0,2}+(?:[a-h]\\s{0,2}+)?";
    private static final Anchored REF = new Anchored(Pattern.compile(
            "(?<![\\p{N}])\\d{1,2}\\s{0,3}+kap(?:\\.|itlet|(?![\\p{L}]))\\s{0,3}+" + SECTION
                    + "(?:(?:,|och|-|&)\\s{0,3}+" + SECTION + "){0,4}§{1,2}+"
                    + "|(?<![\\p{N}:/.,])\\d{1,2}:\\d{1,3}+(?![\\p{N}])(?![:/.,]\\p{N})(?:\\s{0,2}+[a-h](?![\\p{L}]))?"
                    + "|kap(?:\\.|itel)?\\s{0,3}+\\d{1,2},?\\s{0,3}+§\\s{0,3}+\\d{1,3}(?:\\s{0,2}+[a-h](?![\\p{L}]))?"
                    // English: "Chapter 26, Section 1", "ch. 26 s. 1", "Chapter 26 § 1"
                    + "|(?:chapter|ch\\.)\\s{0,3}+\\d{1,2},?\\s{0,3}+(?:section|sec\\.|s\\.|§)\\s{0,3}+\\d{1,3}(?:\\s{0,2}+[a-h](?![\\p{L}]))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), new ReferenceStart(), 60);

    private static final String SECRECY_LAWS = Lexicon.alternation(Lexicon.load("secrecy-laws.txt"));
    private static final String OTHER_LAWS = Lexicon.alternation(Lexicon.load("other-laws.txt"));

    // After a reference: paragraph and point ("första stycket", "2 st.", "p. 3"), then the law.
    private static final Pattern LAW_AFTER = Pattern.compile(
            "[\\s,.]{0,3}+(?:(?:första|andra|tredje|fjärde|femte|sjätte|1|2|3|4|5|6)\\s{0,2}+st(?:\\.|ycket)?+[\\s,.]{0,3}+)?"
                    + "(?:p(?:\\.|unkt(?:en)?)?\\s{0,2}+\\d{1,2}[\\s,.]{0,3}+)?(?:i\\s{1,3}+|of\\s{1,3}+(?:the\\s{1,3}+)?)?"
                    + "(?:(" + SECRECY_LAWS + ")|(" + OTHER_LAWS + "))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // Before a reference: "OSL 26:1", "offentlighets- och sekretesslagen (2009:400) 26 kap. 1 §".
    private static final Pattern LAW_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:" + SECRECY_LAWS + ")\\s{0,3}+(?:\\(\\s{0,2}+2009:400\\s{0,2}+\\)\\s{0,3}+)?[,:]?\\s{0,3}+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // Before a reference: "Sekretess enligt", "Sekretess enl.", "Sekretessbelagd jfr", "Sekretess:".
    private static final Pattern SECRECY_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:sekretess(?:en|belagd|belagt|belagda|markerad|markerat)?|sekr\\.?|tystnadsplikt|omfattas\\s{1,3}+av\\s{1,3}+sekretess"
                    // "Hemlig enligt 18 kap. 8 § OSL": the old secrecy stamp; "HEMLIG" in capitals is the security class
                    + "|(?-i:[Hh]emlig[at]?)"
                    + "|(?:confidential|secret|subject\\s{1,3}+to\\s{1,3}+(?:secrecy|confidentiality)|covered\\s{1,3}+by\\s{1,3}+secrecy)"
                    + "\\s{1,3}+(?:under|according\\s{1,3}+to|pursuant\\s{1,3}+to)(?:\\s{1,3}+the)?)"
                    + "\\s{0,3}+(?:enl(?:\\.|igt)?|jfr\\.?|med\\s{1,3}+stöd\\s{1,3}+av|[:,(])?\\s{0,3}+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Anchored PHRASES = Anchored.phrases("secrecy-phrases.txt");
    private static final Anchored STAMPS = Anchored.phrases("secrecy-stamps.txt");

    // "Detta mejl är konfidentiellt", "Rapporten är hemlig", "The attached document is confidential".
    private static final Anchored SELF_MARKING = new Anchored(Pattern.compile(
            "(?<![\\p{L}])(?:(denna|detta|det\\s{1,3}+här|den\\s{1,3}+här|dessa|bifogade?|nedanstående|this|the\\s{1,3}+attached)\\s{1,3}+)?"
                    + "(?:" + Lexicon.alternation(Lexicon.load("self-marking.txt")) + ")\\s{1,3}+"
                    + "(?:är|innehåller|is|contains)\\s{1,3}+(?:\\p{L}{2,15}+\\s{1,3}+){0,2}"
                    + "(?:konfidentiell[at]?|hemlig[at]?|sekretessbelagd[at]?|sekretessbelagd\\s{1,3}+information|confidential|secret)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), new SelfMarkingStart(), 160);

    // A sensitivity label ("Känslighetsetikett: Konfidentiell", "Sensitivity: Confidential") is the
    // organisation's own marking of the document.
    private static final Anchored SENSITIVITY_LABEL = new Anchored(Pattern.compile(
            "(?:känslighetsetikett|känslighetsnivå|känslighet|sensitivity(?:\\s{1,3}+label)?|etikett|klassificering|classification|label)"
                    + "\\s{0,3}+[:=]\\s{0,3}+(strikt\\s{1,3}+konfidentiell\\p{L}{0,2}+|konfidentiell\\p{L}{0,2}+|highly\\s{1,3}+confidential"
                    + "|strictly\\s{1,3}+confidential|confidential|sekretess\\p{L}{0,12}+)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Literals.ignoreCase("känslighet", "sensitivity", "etikett", "klassificering", "classification", "label"), 80);

    // A population-register field ("Sekretessmarkering: Ja") belongs to ProtectedIdentityDetector.
    private static final Pattern FIELD_VALUE = Pattern.compile("\\s{0,3}+[:=]\\s{0,3}+(?:ja|nej|yes|no|x)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    // A form field that says no: "Sekretess: Nej", "Omfattas av sekretess: nej".
    private static final Pattern FIELD_NO = Pattern.compile("\\s{0,3}+[:=]\\s{0,3}+(?:nej|no|ingen|saknas|ej|-)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A self-marking begins with a determiner ("denna", "det här") or with a word for a document
     * directly followed by "är", "innehåller", "is" or "contains": words like "information" and
     * "uppgift" are common, the verb right after them is not.
     */
    private static final class SelfMarkingStart implements Anchored.Start {

        private static final Literals DETERMINERS = Literals.ignoreCase(
                "denna", "detta", "det här", "den här", "dessa", "bifogad", "nedanstående", "this", "the attached");
        private static final Literals DOCUMENTS = Literals.phraseStarts(Lexicon.load("self-marking.txt"));
        private static final Literals VERBS = Literals.ignoreCase("är", "innehåller", "is", "contains");
        private static final int MAX_WORD = 40;

        @Override
        public boolean mayBeginWith(char c) {
            return DETERMINERS.mayBeginWith(c) || DOCUMENTS.mayBeginWith(c);
        }

        @Override
        public boolean at(String text, int i) {
            return DETERMINERS.at(text, i) || (DOCUMENTS.at(text, i) && verbFollows(text, i));
        }

        @Override
        public boolean mayBeginWith(char first, char second) {
            return DETERMINERS.mayBeginWith(first, second) || DOCUMENTS.mayBeginWith(first, second);
        }

        /** After the word at {@code i} ("e-post", "pm:et" included): one to three spaces and a verb. */
        private static boolean verbFollows(String text, int i) {
            int j = i;
            int limit = Math.min(text.length(), i + MAX_WORD);
            while (j < limit && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-' || text.charAt(j) == ':')) {
                j++;
            }
            int k = j;
            while (k < text.length() && k < j + 3 && Literals.isRegexSpace(text.charAt(k))) {
                k++;
            }
            return k > j && k < text.length() && VERBS.mayBeginWith(text.charAt(k)) && VERBS.at(text, k);
        }
    }

    /**
     * A reference begins with "kap" or with one or two digits followed by ':' or (after up to
     * three spaces) "kap": most numbers in a text (dates, amounts, phone numbers) are passed over.
     */
    private static final class ReferenceStart implements Anchored.Start {

        private static final Literals KAP = Literals.ignoreCase("kap", "chapter", "ch.");

        @Override
        public boolean mayBeginWith(char c) {
            return isAsciiDigit(c) || KAP.mayBeginWith(c);
        }

        @Override
        public boolean at(String text, int i) {
            if (isKap(text, i)) {
                return true;
            }
            int j = i;
            while (j < text.length() && j < i + 2 && isAsciiDigit(text.charAt(j))) {
                j++;
            }
            if (j == i || j >= text.length()) {
                return false;
            }
            if (text.charAt(j) == ':') {
                return true;
            }
            int k = j;
            while (k < text.length() && k < j + 3 && Literals.isRegexSpace(text.charAt(k))) {
                k++;
            }
            return isKap(text, k);
        }

        /** A digit followed by a digit, ':', a space or "kap"; or "kap". */
        @Override
        public boolean mayBeginWith(char first, char second) {
            if (isAsciiDigit(first)) {
                return isAsciiDigit(second) || second == ':' || Literals.isRegexSpace(second) || KAP.mayBeginWith(second);
            }
            return KAP.mayBeginWith(first, second);
        }

        private static boolean isKap(String text, int i) {
            return i < text.length() && KAP.mayBeginWith(text.charAt(i)) && KAP.at(text, i);
        }

        private static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }

    /** The anchored patterns, for the family's {@link Scan}. */
    static final List<Anchored> ANCHORED = List.of(REF, SELF_MARKING, SENSITIVITY_LABEL, PHRASES, STAMPS);

    private static final int LOOK_BEFORE = 60;
    private static final int LOOK_AFTER = 60;

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        return detect(Scan.of(normalized.text()));
    }

    /** The findings on the family's shared scan of the text. */
    List<Finding> detect(Scan scan) {
        String text = scan.text();
        List<Finding> out = new ArrayList<>();
        findReferences(scan, out);
        findSelfMarkings(scan, out);
        findSensitivityLabels(scan, out);
        findPhrases(scan, out);
        findStamps(scan, out);
        return mergeNeighbours(text, out);
    }

    // Between two parts of one marking: "Omfattas av sekretess | enligt | OSL 39:2".
    private static final Pattern JOINER = Pattern.compile(
            "[\\s,:(\\-/|]{0,4}+(?:(?:enl(?:\\.|igt)?|jfr\\.?|med\\s{1,3}+stöd\\s{1,3}+av|gäller|råder|se|och|samt)[\\s,:(\\-/|]{0,4}+){0,2}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Parts of one marking found by different patterns ("Sekretess gäller" + "enligt 19 kap. 3 §
     * OSL") become one finding, so the report shows the marking once.
     */
    private static List<Finding> mergeNeighbours(String text, List<Finding> found) {
        List<Finding> sorted = new ArrayList<>(found);
        sorted.sort(java.util.Comparator.comparingInt(Finding::start));
        List<Finding> out = new ArrayList<>();
        for (Finding f : sorted) {
            Finding last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.ruleId().equals(RULE) && f.ruleId().equals(RULE) && joins(text, last.end(), f.start())) {
                out.set(out.size() - 1, new Finding(Category.SECRECY_MARKING, last.start(), Math.max(last.end(), f.end()),
                        Math.max(last.confidence(), f.confidence()), RULE, last.evidence() + ";joined"));
                continue;
            }
            out.add(f);
        }
        return out;
    }

    private static boolean joins(String text, int end, int start) {
        if (start <= end) {
            return true;
        }
        if (start - end > 30) {
            return false;
        }
        Matcher m = JOINER.matcher(text).region(end, start);
        return m.matches();
    }

    private static void findReferences(Scan scan, List<Finding> out) {
        String text = scan.text();
        Matcher after = LAW_AFTER.matcher(text);
        for (MatchResult m : REF.findAll(scan)) {
            int start = m.start();
            int end = m.end();
            after.region(end, Math.min(text.length(), end + LOOK_AFTER));
            boolean lawAfter = after.lookingAt();
            if (lawAfter && after.group(2) != null) {
                continue; // a chapter of another law, e.g. "6 kap. 7 § SoL"
            }
            String before = text.substring(Math.max(0, start - LOOK_BEFORE), start);
            int beforeOffset = start - before.length();
            Matcher secrecy = SECRECY_BEFORE.matcher(before);
            boolean markedBefore = secrecy.find();
            int spanStart = markedBefore ? beforeOffset + secrecy.start() : start;
            String law;
            int spanEnd;
            if (lawAfter) {
                law = after.group(1);
                spanEnd = after.end();
            } else {
                Matcher lawBefore = LAW_BEFORE.matcher(before);
                if (lawBefore.find()) {
                    law = lawBefore.group();
                    int lawStart = beforeOffset + lawBefore.start();
                    // "Sekretess enligt OSL 26:1", "Confidential under the … Secrecy Act, Chapter 26 Section 1"
                    Matcher marked = SECRECY_BEFORE.matcher(text).region(Math.max(0, lawStart - LOOK_BEFORE), lawStart);
                    if (marked.find()) {
                        markedBefore = true;
                        spanStart = marked.start();
                    }
                    spanStart = Math.min(spanStart, lawStart);
                } else if (markedBefore && m.group().indexOf('§') >= 0) {
                    // "Sekretess enligt 26 kap. 1 §" without the law's name; "26:1" alone could be a time
                    add(text, out, spanStart, end, 0.8, "osl-ref;secrecy-word", true);
                    continue;
                } else {
                    continue;
                }
                spanEnd = end;
            }
            if (!markedBefore && isProceduralChapter(m.group(), law)) {
                continue; // "5 kap. 5 § OSL" on marking, "6 kap." on disclosure: rules about handling, no ground for secrecy
            }
            if (!markedBefore && isCitedAsSource(text, spanStart) && !Spans.isHeader(text, spanStart, spanEnd)
                    && !Statements.pointsAtText(text, spanStart, spanEnd)) {
                // "Enligt 26 kap. 1 § OSL gäller …", "Begäran prövas enligt 6 kap. 3 § OSL": what the act says
                out.add(new Finding(Category.SECRECY_MARKING, spanStart, spanEnd, 0.7, RULE_GENERAL, "osl-ref;cited;general"));
                continue;
            }
            if (!markedBefore && isAskedAbout(text, spanStart) && !Spans.isHeader(text, spanStart, spanEnd)
                    && !Statements.pointsAtText(text, spanStart, spanEnd)) {
                // "Förklara hur det skiljer sig från 21 kap. 1 § OSL", "Vad säger 26:1 OSL om …?": the act as a topic
                out.add(new Finding(Category.SECRECY_MARKING, spanStart, spanEnd, 0.7, RULE_GENERAL, "osl-ref;asked-about;general"));
                continue;
            }
            add(text, out, spanStart, spanEnd, 0.95, lawAfter ? "osl-ref;law-after" : "osl-ref;law-before", true);
        }
    }

    // Words that make a bare reference the subject of an explanation, a comparison or a question.
    private static final Pattern ASKED_ABOUT = Pattern.compile(
            "(?<![\\p{L}])(?:hur|vad|vilka|vilken|vilket|varför|skillnad\\p{L}{0,4}+|skiljer|jämför\\p{L}{0,4}+|jämfört|förklara|beskriv|tolka|"
                    + "innebär|betyder|explain|describe|difference|compare|compared|what|how|which)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static boolean isAskedAbout(String text, int refStart) {
        int from = Math.max(Spans.sentenceStart(text, refStart), refStart - 160);
        return ASKED_ABOUT.matcher(text).region(from, refStart).find();
    }

    /** The first number of a reference is its chapter: "26 kap. 1 §", "26:1", "kap. 26 § 1", "Chapter 26". */
    private static int chapter(String reference) {
        int i = 0;
        while (i < reference.length() && !Character.isDigit(reference.charAt(i))) {
            i++;
        }
        int chapter = 0;
        for (; i < reference.length() && Character.isDigit(reference.charAt(i)); i++) {
            chapter = chapter * 10 + (reference.charAt(i) - '0');
        }
        return chapter;
    }

    /**
     * OSL (2009:400) holds its grounds for secrecy in chapters 15 to 40 (domain.md §2.1); chapters
     * 1–14 are about handling, disclosure and marking, 41–44 about other matters. The old Secrecy
     * Act (1980:100) numbered differently ("7 kap. 4 § sekretesslagen" is social services), so the
     * test is only made for OSL.
     */
    private static boolean isProceduralChapter(String reference, String law) {
        if (law == null) {
            return false;
        }
        String name = law.strip().toLowerCase(java.util.Locale.ROOT);
        boolean oldAct = name.startsWith("sekretesslag") || name.equals("sekrl") || name.equals("sekl");
        int chapter = chapter(reference);
        return !oldAct && (chapter < 15 || chapter > 40);
    }

    // A reference as the source of a statement: "Enligt 26 kap. 1 § OSL gäller …" at the start of a
    // sentence, or after a passive verb: "prövas enligt", "regleras i", "framgår av", "anges i".
    private static final Pattern SOURCE_AT_SENTENCE_START = Pattern.compile(
            "\\s{0,3}+(?:enligt|i|av|med\\s{1,3}+stöd\\s{1,3}+av|according\\s{1,3}+to|under|in)\\s{1,3}+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SOURCE_AFTER_VERB = Pattern.compile(
            "(?<![\\p{L}])(?:\\p{L}{2,20}+s|framgår|finns|står|följer)\\s{1,3}+(?:enligt|i|av|med\\s{1,3}+stöd\\s{1,3}+av)\\s{1,3}+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static boolean isCitedAsSource(String text, int refStart) {
        int sentence = Spans.sentenceStart(text, refStart);
        if (SOURCE_AT_SENTENCE_START.matcher(text).region(sentence, refStart).matches()) {
            return true;
        }
        return SOURCE_AFTER_VERB.matcher(text).region(Math.max(sentence, refStart - 32), refStart).find();
    }

    // "Ritningar kan vara sekretessbelagda enligt 18 kap. 8 § OSL": what may be secret, not a marking.
    private static final Pattern MAY_BE_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:kan|kunna|skulle\\s{1,3}+kunna|may|might|could)\\s{1,3}+(?:vara|bli|be|become)\\s{1,3}+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static void add(String text, List<Finding> out, int start, int end, double confidence, String evidence, boolean mayBeGeneral) {
        if (mayBeGeneral && !Spans.isHeader(text, start, end)
                && (Statements.isGeneral(text, start, end) || Statements.isOpenQuestion(text, start, end)
                    || MAY_BE_BEFORE.matcher(text).region(Math.max(0, start - 24), start).find()
                    || (Character.isLowerCase(text.charAt(start)) && isIndirectQuestion(text, start)))) {
            out.add(new Finding(Category.SECRECY_MARKING, start, end, 0.7, RULE_GENERAL, evidence + ";general"));
            return;
        }
        out.add(new Finding(Category.SECRECY_MARKING, start, end, confidence, RULE, evidence));
    }

    private static final Pattern DISCLOSURE = Pattern.compile("lämnas|utlämna|disclos", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * "adressen får inte lämnas ut", "hemadresser lämnas inte ut utan sekretessprövning": inside a
     * sentence about some other thing, the words on disclosure are an instruction, not a stamp.
     * They mark when they open a line or a sentence ("Får ej lämnas ut"), follow another part of a
     * marking ("Omfattas av sekretess – lämnas inte ut"), or the sentence is about this document or
     * its data ("Uppgifterna får inte lämnas ut").
     */
    private static boolean isDisclosureInstruction(String text, int start, int end, List<Finding> found) {
        if (!DISCLOSURE.matcher(text).region(start, end).find() || Spans.isHeader(text, start, end)) {
            return false;
        }
        int sentence = Spans.sentenceStart(text, start);
        while (sentence < start && !Character.isLetterOrDigit(text.charAt(sentence))) {
            sentence++;
        }
        if (sentence == start) {
            return false;
        }
        Finding last = found.isEmpty() ? null : found.get(found.size() - 1);
        if (last != null && last.ruleId().equals(RULE) && last.end() <= start && joins(text, last.end(), start)) {
            return false;
        }
        return !Statements.pointsAtText(text, start, end) && !Statements.mentionsDocument(text, start, end);
    }

    // "hur sekretess enligt OSL ska hanteras", "vilka uppgifter som omfattas av sekretess": the
    // marking words inside an indirect question name a topic, they do not mark anything.
    private static final Pattern INDIRECT_QUESTION_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:hur|vilka|vilken|vilket|huruvida|whether|how|which)(?:\\s{1,3}+[\\p{L}\\-]{1,30}+){0,3}\\s{1,3}+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern YES_NO_QUESTION_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:om|if)(?:\\s{1,3}+[\\p{L}\\-]{1,30}+){1,3}\\s{1,3}+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Also "Kan du kolla om uppgifterna omfattas av sekretess …?": "om" asks only in a question. */
    private static boolean isIndirectQuestion(String text, int start) {
        int sentence = Spans.sentenceStart(text, start);
        int from = Math.max(sentence, start - 120);
        if (INDIRECT_QUESTION_BEFORE.matcher(text).region(from, start).find()) {
            return true;
        }
        int end = Spans.sentenceEnd(text, start);
        return end < text.length() && text.charAt(end) == '?' && YES_NO_QUESTION_BEFORE.matcher(text).region(from, start).find();
    }

    // "Uppgifterna är inte sekretessbelagda", "This file is not confidential".
    private static final Pattern NEGATION_WORD = Pattern.compile(
            "(?<![\\p{L}])(?:inte|ej|icke|aldrig|not|never)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static void findSelfMarkings(Scan scan, List<Finding> out) {
        String text = scan.text();
        for (MatchResult m : SELF_MARKING.findAll(scan)) {
            if (NEGATION_WORD.matcher(text).region(m.start(), m.end()).find()) {
                continue;
            }
            // with "denna/this" it points at itself; without, it may be a rule about documents in general
            add(text, out, m.start(), m.end(), 0.85, "self-marking", m.group(1) == null);
        }
    }

    private static void findSensitivityLabels(Scan scan, List<Finding> out) {
        String text = scan.text();
        for (MatchResult m : SENSITIVITY_LABEL.findAll(scan)) {
            if (!text.startsWith("KONFIDENTIELL", m.start(1)) || text.startsWith("KONFIDENTIELLT", m.start(1))) {
                out.add(new Finding(Category.SECRECY_MARKING, m.start(1), m.end(1), 0.85, RULE, "sensitivity-label"));
            }
        }
    }

    private static void findPhrases(Scan scan, List<Finding> out) {
        String text = scan.text();
        for (MatchResult m : PHRASES.findAll(scan)) {
            if (isPopulationRegisterMarker(text, m.start(), m.end()) || saysNo(text, m.end()) || isNegated(text, m.start(), m.end())) {
                continue;
            }
            if (isDisclosureInstruction(text, m.start(), m.end(), out)) {
                continue;
            }
            add(text, out, m.start(), m.end(), 0.9, "phrase", true);
        }
    }

    private static void findStamps(Scan scan, List<Finding> out) {
        String text = scan.text();
        for (MatchResult m : STAMPS.findAll(scan)) {
            int start = m.start();
            int end = m.end();
            boolean upper = Spans.isUpperCase(text, start, end) && !Spans.isShoutingLine(text, start, end);
            if (!upper && !Spans.isHeader(text, start, end)) {
                continue;
            }
            if (isPopulationRegisterMarker(text, start, end) || saysNo(text, end)
                    || Classification.confidentialIsClassification(text, start, end)) {
                continue;
            }
            if (upper && (JOINED_TOPIC.matcher(text).region(end, Math.min(text.length(), end + 40)).lookingAt()
                    || JOINED_TOPIC_BEFORE.matcher(text).region(Math.max(0, start - 40), start).find())) {
                out.add(new Finding(Category.SECRECY_MARKING, start, end, 0.6, RULE_GENERAL, "stamp;joined-topic;general"));
                continue;
            }
            if (!upper && Statements.isGeneral(text, nextLine(text, end), nextLine(text, end))) {
                // a heading "Sekretess" over a general text ("All personal har tystnadsplikt …")
                out.add(new Finding(Category.SECRECY_MARKING, start, end, 0.6, RULE_GENERAL, "stamp;header;general"));
                continue;
            }
            out.add(new Finding(Category.SECRECY_MARKING, start, end, upper ? 0.9 : 0.8, RULE, upper ? "stamp;upper-case" : "stamp;header"));
        }
    }

    private static boolean isPopulationRegisterMarker(String text, int start, int end) {
        String word = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        if (!word.startsWith("sekretessmark")) {
            return false;
        }
        Matcher field = FIELD_VALUE.matcher(text);
        field.region(end, Math.min(text.length(), end + 12));
        return field.lookingAt() || ProtectedIdentityDetector.isPopulationRegisterSense(text, start, end);
    }

    /** Start of the first non-empty line after {@code pos}, or {@code pos} when there is none within reach. */
    private static int nextLine(String text, int pos) {
        int i = Spans.lineEnd(text, pos);
        int limit = Math.min(text.length(), i + Spans.MAX_REACH);
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? i : pos;
    }

    // "uppgifterna inte omfattas av sekretess", "är inte sekretessbelagd", "sekretessen gäller inte".
    private static final Pattern NEGATED_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:inte|ej|icke|aldrig|not)\\s{1,3}+(?:(?:längre|heller|alls|är|var|blir|vara)\\s{1,3}+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEGATED_AFTER = Pattern.compile(
            "\\s{1,3}+(?:inte|ej|icke|not)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A marking phrase that says the opposite: the text is not secret. */
    private static boolean isNegated(String text, int start, int end) {
        int from = Math.max(Spans.sentenceStart(text, start), start - 24);
        return NEGATED_BEFORE.matcher(text).region(from, start).find()
                || NEGATED_AFTER.matcher(text).region(end, Math.min(text.length(), end + 8)).lookingAt();
    }

    private static boolean saysNo(String text, int end) {
        return FIELD_NO.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt()
                || Spans.isBlankChoice(text, end);
    }

    // "SEKRETESS OCH TYSTNADSPLIKT": two topics joined in a heading; a stamp names one marking.
    private static final Pattern JOINED_TOPIC_BEFORE = Pattern.compile("(?<![\\p{L}])\\p{Lu}{3,}+\\s{1,3}+(?:OCH|SAMT|ELLER|AND|OR|&)\\s{1,3}+$");
    private static final Pattern JOINED_TOPIC = Pattern.compile("\\s{1,3}+(?:OCH|SAMT|ELLER|AND|OR|&)\\s{1,3}+\\p{Lu}{3,}+");

}
