package se.precheck.detect.userules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * Requests that the AI decide, assess an entitlement, rank people or take a position in a case
 * (the guideline's "Krav på förklarbarhet och spårbarhet"; phrase families in domain.md §5).
 *
 * <p>A phrase counts only when it is put to the AI: in a question, as an imperative at the start of
 * a clause, or after a request ("kan du …", "hjälp mig …"). With case context (a person, an
 * application, a case number, journal-like text) it is a hard finding; without it, a weak one.
 * A phrase after a general framing ("hur skriver man …", "förklara …") without a person is
 * ordinary work and not reported.
 */
public final class DecisionRequestDetector implements Detector {

    static final String HARD_RULE = "FK-beslut-i-arende";
    static final String WEAK_RULE = "FK-beslutsfraga";

    private static final double HARD_CONFIDENCE = 0.95;
    private static final double WEAK_CONFIDENCE = 0.7;
    /** How far around a phrase a person or an application counts as its case (about 60 words). */
    private static final int CONTEXT_WINDOW = 400;
    /** How far a sentence is followed back and forth; longer runs are not one sentence. */
    private static final int SENTENCE_REACH = 300;
    private static final int MAX_FINDINGS = 50;

    private enum Flag { PLAIN, NEEDS_CONTEXT, STATEMENT_ORDER }

    private record Phrases(String family, Flag flag, WordStartMatcher matcher) {
    }

    private record Match(int start, int end, String family, Flag flag) {
    }

    private static final PhraseTemplates TEMPLATES = PhraseTemplates.withMacros("decision/macros.txt");
    private static final List<Phrases> PHRASES = load("direct", "assessment", "employment", "position", "english", "frames");
    private static final Pattern REQUEST_FRAMING = TEMPLATES.compile(Lexicon.lines("decision/request-framing.txt"));
    private static final Pattern IMPERATIVE_FRAMING = TEMPLATES.compile(Lexicon.lines("decision/imperative-framing.txt"));
    private static final Pattern AGREEMENT = TEMPLATES.compile(Lexicon.lines("decision/agreement.txt"));
    /** How far after a statement an agreement question ("Håller du med?") still asks about it. */
    private static final int AGREEMENT_REACH = 40;
    private static final Pattern GENERAL_FRAMING = TEMPLATES.compile(Lexicon.lines("decision/general-framing.txt"));
    private static final Pattern ABOUT_AI = TEMPLATES.compile(Lexicon.lines("decision/about-ai.txt"));
    /** Two phrases closer than this, with only a comma between, are one request. */
    private static final int JOIN_GAP = 60;
    private static final WordStartMatcher APPLICATION = TEMPLATES.matcher(Lexicon.lines("decision/application-words.txt"));
    private static final WordStartMatcher PERSON_WORD = personWords();
    private static final Set<String> NOT_NAMES = Lexicon.keys("decision/not-names.txt");
    private static final Pattern NAME_LIKE = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}{1,20}+(?![\\p{L}\\p{N}])");
    private static final Pattern CASE_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?i:dnr|diarienr|diarienummer|ärendenr|ärendenummer|aktnr)(?![\\p{L}])"
                    + "|\\p{Lu}{1,6}+\\s?\\d{4}/\\d{1,6}+(?!\\d))");
    /** The product's own pseudonyms and placeholders ("Person 1", "[PERSONNUMMER 2]"): a redacted person is still one. */
    private static final Pattern PSEUDONYM = Pattern.compile("(?<![\\p{L}\\p{N}])(?:Person \\d{1,3}+|\\[\\p{Lu}[\\p{Lu}_]{1,30}+ \\d{1,3}+\\])(?!\\d)");
    private static final Pattern DATE_LINE = Pattern.compile("(?m)^[ \\t]{0,8}+\\d{4}-\\d{2}-\\d{2}(?!\\d)");
    private static final SystemCopyDetector SYSTEM_COPY = new SystemCopyDetector();
    private static final Pattern CLAUSE_WORD = Pattern.compile(
            "(?iu)(?:^|\\s)(?:och|samt|sedan|därefter|men|också|även|då|så)$");
    /** Words that decide a person's case in any word order (the clause frame, see {@link #clauseFrames}). */
    private static final WordStartMatcher CLAUSE_PREDICATE = TEMPLATES.matcher(Lexicon.lines("decision/clause-predicates.txt"));
    /** Nouns of a decision ("varning", "åtgärdsprogram"): they count only with a modal or someone deciding. */
    private static final WordStartMatcher CLAUSE_OBJECT = TEMPLATES.matcher(Lexicon.lines("decision/clause-objects.txt"));
    /** Past participles ("beviljad"): a decision made, unless a modal asks for it. */
    private static final WordStartMatcher CLAUSE_STATE = TEMPLATES.matcher(Lexicon.lines("decision/clause-states.txt"));
    private static final int VERB = 0;
    private static final int NOUN = 1;
    private static final int STATE = 2;
    /** All phrase lists' and the clause frame's gates in one table: the text is read once for all of them. */
    private static final WordStartIndex INDEX = new WordStartIndex(allMatchers(), true);
    /** A modal tied to who decides or whom it concerns ("Mats borde", "ska vi"); "Kan du …" only asks the AI. */
    private static final Pattern MODAL_WORD = TEMPLATES.compile(List.of(
            "{MODAL} {DSUBJ}|{PERSON}|{NAME}|{CASENOUN}|den|det", "{DSUBJ}|{PERSON}|{NAME}|{CASENOUN}|den|det {MODAL}",
            "{EMODAL} {ESUBJ}|he|she|they|the_child|the_family|the_applicant", "{ESUBJ}|he|she|they {EMODAL}"));
    /** A writing verb before the deciding word: help to word what the user decided, unless it is the decision. */
    private static final Pattern DRAFTING = TEMPLATES.compile(Lexicon.lines("decision/clause-drafting.txt"));
    private static final Pattern DECISION_TEXT = TEMPLATES.compile(Lexicon.lines("decision/clause-decision-texts.txt"));
    /** An editing verb before the deciding word: work on a text that exists. */
    private static final Pattern EDITING = TEMPLATES.compile(Lexicon.lines("decision/clause-editing.txt"));
    /** "Hur lägger jag in …?", "How do I …?": a question about a method, not a case. */
    private static final Pattern HOW_QUESTION = Pattern.compile(
            "(?iu)^[\\s\\-*\u2022>\"(]{0,8}+(?:hur|how)(?![\\p{L}])(?!\\s++(?:många|mycket|länge|much|many|long)(?![\\p{L}]))");
    private static final Pattern CLAUSE_BLOCKER = TEMPLATES.compile(Lexicon.lines("decision/clause-blockers.txt"));
    private static final Pattern CLAUSE_DECIDER = TEMPLATES.compile(Lexicon.lines("decision/clause-deciders.txt"));
    private static final Pattern CASE_MATTER = TEMPLATES.compile(Lexicon.lines("decision/clause-matters.txt"));
    /** Everyday objects of "godkänna", "avsluta", "prioritera": an invoice or a meeting is not a case. */
    private static final Pattern THING_OBJECT = TEMPLATES.compile(Lexicon.lines("decision/thing-objects.txt"));
    /** How far after a phrase its object is looked for (three or four words). */
    private static final int OBJECT_REACH = 30;
    /** Deciding words looked at per text; the first ones in reading order are the ones reported. */
    private static final int MAX_PREDICATES = 200;

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        String t = normalized.text();
        WordStartIndex.Scan scan = INDEX.scan(t);
        List<Match> matches = phraseMatches(t, scan);
        List<int[]> predicates = clauseWords(scan);
        if (matches.isEmpty() && predicates.isEmpty()) {
            return List.of();
        }
        TextWide wide = new TextWide(normalized, policy);
        List<Finding> found = new ArrayList<>();
        for (Match m : matches) {
            if (found.size() >= MAX_FINDINGS) {
                break;
            }
            Finding f = judge(t, m, wide);
            if (f != null) {
                found.add(f);
            }
        }
        found.addAll(clauseFrames(t, predicates, wide, found));
        found.sort(Comparator.comparingInt(Finding::start));
        List<Finding> out = new ArrayList<>();
        for (Finding f : found) {
            if (out.size() >= MAX_FINDINGS) {
                break;
            }
            Finding last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && (f.start() < last.end() || sameClause(t, last.end(), f.start()))) {
                out.set(out.size() - 1, joined(last, f));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The clause frame: a question or a request to the AI whose sentence holds a word that decides
     * a case ("i behov av", "eligible", "varning") and a person of the case, in whatever order
     * other people put them ("Är han i behov av insatsen enligt dig?", "Is Maria eligible for
     * housing support?", "Kan du säga om Mats borde få en varning?"). It covers the sentences the
     * fixed frames miss; a sentence they already reported is left to them. Reported only with case
     * context, on the deciding word: the span must not swallow the names around it, which are
     * findings of their own.
     */
    private static List<Finding> clauseFrames(String t, List<int[]> predicates, TextWide wide, List<Finding> already) {
        List<Finding> out = new ArrayList<>();
        int doneUntil = -1;
        for (int[] p : predicates) {
            if (p[0] < doneUntil) {
                continue;
            }
            int sentenceStart = sentenceStart(t, p[0]);
            int sentenceEnd = sentenceEnd(t, p[1]);
            doneUntil = sentenceEnd + 1;
            if (reported(already, sentenceStart, sentenceEnd)) {
                continue;
            }
            Finding f = clauseFinding(t, p, sentenceStart, sentenceEnd, wide);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** Deciding words in reading order, each {start, end, kind}: VERB (verbs, adjectives, phrases), NOUN or STATE. */
    private static List<int[]> clauseWords(WordStartIndex.Scan scan) {
        List<int[]> words = new ArrayList<>();
        for (int[] span : scan.find(CLAUSE_PREDICATE, Integer.MAX_VALUE, MAX_PREDICATES)) {
            words.add(new int[] {span[0], span[1], VERB});
        }
        for (int[] span : scan.find(CLAUSE_OBJECT, Integer.MAX_VALUE, MAX_PREDICATES)) {
            words.add(new int[] {span[0], span[1], NOUN});
        }
        for (int[] span : scan.find(CLAUSE_STATE, Integer.MAX_VALUE, MAX_PREDICATES)) {
            words.add(new int[] {span[0], span[1], STATE});
        }
        words.sort(Comparator.comparingInt((int[] w) -> w[0]));
        return words;
    }

    private static Finding clauseFinding(String t, int[] p, int sentenceStart, int sentenceEnd, TextWide wide) {
        boolean question = sentenceEnd < t.length() && t.charAt(sentenceEnd) == '?';
        if (EDITING.matcher(t).region(sentenceStart, p[0]).find()) {
            return null;
        }
        Matcher drafting = DRAFTING.matcher(t).region(sentenceStart, p[0]);
        boolean writesDecision = false;
        if (drafting.find()) {
            // "Skriv ett beslut där vi avslår …" has the AI make the decision; "formulera en varning till …" words one made.
            writesDecision = DECISION_TEXT.matcher(t).region(drafting.start(), p[1]).find();
            if (!writesDecision) {
                return null;
            }
        }
        boolean asked = question || writesDecision || REQUEST_FRAMING.matcher(t).region(sentenceStart, p[0]).find()
                || imperativeBefore(t, sentenceStart, p[0]) || agreementAfter(t, sentenceEnd);
        if (!asked || CLAUSE_BLOCKER.matcher(t).region(sentenceStart, sentenceEnd).find()
                || HOW_QUESTION.matcher(t).region(sentenceStart, sentenceEnd).lookingAt()
                || thingObject(t, p[1], sentenceEnd)) {
            return null;
        }
        boolean decider = writesDecision || CLAUSE_DECIDER.matcher(t).region(sentenceStart, sentenceEnd).find();
        boolean modal = MODAL_WORD.matcher(t).region(sentenceStart, sentenceEnd).find();
        if ((p[2] == NOUN && !decider && !modal) || (p[2] == STATE && !modal)) {
            return null;
        }
        Match m = new Match(p[0], p[1], "clause", Flag.NEEDS_CONTEXT);
        if (generalQuestion(t, m, sentenceStart) || aboutAiUse(t, m, sentenceStart) || namesSomethingElse(t, m)) {
            return null;
        }
        boolean person = !PERSON_WORD.find(t.substring(sentenceStart, sentenceEnd), 1).isEmpty()
                || hasName(t, sentenceStart, sentenceEnd);
        if (!person && !decider && !(modal && CASE_MATTER.matcher(t).region(sentenceStart, sentenceEnd).find())) {
            return null;
        }
        String context = caseContext(t, m, wide);
        if (!context.contains("person") && !context.contains("case-number") && !context.contains("journal")) {
            return null;
        }
        String evidence = "decision-clause;" + (question ? "question" : "request") + ";context=" + context;
        return new Finding(Category.DECISION_REQUEST, afterNames(t, p[0], p[1]), p[1], HARD_CONFIDENCE, HARD_RULE, evidence);
    }

    /**
     * Where the span may start so that it holds no name ("ska familjen Haddad få" → "få"): an
     * overlapping finding of lower severity would be dropped, and the name must stay redactable.
     */
    private static int afterNames(String t, int start, int end) {
        int from = start;
        Matcher w = NAME_LIKE.matcher(t).region(start, end);
        while (w.find()) {
            if (!sentenceInitial(t, w.start()) && !NOT_NAMES.contains(Lexicon.key(w.group()))) {
                from = w.end();
            }
        }
        while (from < end && !Character.isLetterOrDigit(t.charAt(from))) {
            from++;
        }
        return from < end ? from : start;
    }

    private static boolean reported(List<Finding> findings, int from, int to) {
        for (Finding f : findings) {
            if (f.start() < to && f.end() > from) {
                return true;
            }
        }
        return false;
    }

    /** The words right after a phrase name an everyday thing ("godkänna fakturan"), not a case. */
    private static boolean thingObject(String t, int from, int sentenceEnd) {
        int to = Math.min(sentenceEnd, from + OBJECT_REACH);
        return from < to && THING_OBJECT.matcher(t).region(from, to).find();
    }

    /**
     * "Avgör om" + "han uppfyller kraven", "…, eller måste vi bevilja?": two phrases of one
     * sentence close together are one request. Not across a name: the name is a finding of its own.
     */
    private static boolean sameClause(String t, int from, int to) {
        if (to - from > JOIN_GAP) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '.' || c == '?' || c == '!' || c == '\n' || c == ';') {
                return false;
            }
        }
        return !NAME_LIKE.matcher(t).region(from, to).find();
    }

    private static Finding joined(Finding a, Finding b) {
        Finding stronger = b.confidence() > a.confidence() ? b : a;
        return new Finding(Category.DECISION_REQUEST, a.start(), b.end(), stronger.confidence(), stronger.ruleId(), stronger.evidence());
    }

    private static Finding judge(String t, Match m, TextWide wide) {
        int sentenceStart = sentenceStart(t, m.start());
        int sentenceEnd = sentenceEnd(t, m.end());
        String form = requestForm(t, m, sentenceStart, sentenceEnd);
        if (form == null || namesSomethingElse(t, m) || aboutAiUse(t, m, sentenceStart) || thingObject(t, m.end(), sentenceEnd)) {
            return null;
        }
        String context = caseContext(t, m, wide);
        // An application word alone does not make "hur skriver man ett beslut om bistånd" a case.
        boolean particular = context.contains("person") || context.contains("case-number") || context.contains("journal");
        if (!particular && generalQuestion(t, m, sentenceStart)) {
            return null;
        }
        if (context.isEmpty() && m.flag() == Flag.NEEDS_CONTEXT) {
            return null;
        }
        String evidence = "decision-" + m.family() + ";" + form + ";context=" + (context.isEmpty() ? "none" : context);
        return context.isEmpty()
                ? new Finding(Category.DECISION_REQUEST, m.start(), m.end(), WEAK_CONFIDENCE, WEAK_RULE, evidence)
                : new Finding(Category.DECISION_REQUEST, m.start(), m.end(), HARD_CONFIDENCE, HARD_RULE, evidence);
    }

    /** Every phrase of every family, leftmost first, longest first, without overlaps. */
    private static List<Match> phraseMatches(String t, WordStartIndex.Scan scan) {
        List<Match> all = new ArrayList<>();
        // Only the first findings in reading order are reported: once one family has filled its
        // quota, the others need not look further than where it stopped.
        int limit = 10 * MAX_FINDINGS;
        int until = t.length();
        for (Phrases p : PHRASES) {
            List<int[]> spans = scan.find(p.matcher(), until, limit);
            for (int[] span : spans) {
                all.add(new Match(span[0], span[1], p.family(), p.flag()));
            }
            if (spans.size() >= limit) {
                until = Math.min(until, spans.get(spans.size() - 1)[1]);
            }
        }
        all.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt((Match x) -> x.end() - x.start()).reversed()));
        List<Match> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Match m : all) {
            if (m.start() >= lastEnd) {
                kept.add(m);
                lastEnd = m.end();
            }
        }
        return kept;
    }

    /** How the phrase is put to the AI, or null when it is not a request (a statement in a note). */
    private static String requestForm(String t, Match m, int sentenceStart, int sentenceEnd) {
        if (sentenceEnd < t.length() && t.charAt(sentenceEnd) == '?') {
            return "question";
        }
        if (REQUEST_FRAMING.matcher(t).region(sentenceStart, m.start()).find()) {
            return "request";
        }
        if (imperativeBefore(t, sentenceStart, m.start())) {
            return "imperative";
        }
        if (m.flag() != Flag.STATEMENT_ORDER && clauseStart(t, sentenceStart, m.start())) {
            return "clause-start";
        }
        if (agreementAfter(t, sentenceEnd)) {
            return "agreement";
        }
        return null;
    }

    /** The next sentence is a short question asking the AI to agree ("Jag lutar åt avslag. Håller du med?"). */
    private static boolean agreementAfter(String t, int sentenceEnd) {
        if (sentenceEnd >= t.length() || t.charAt(sentenceEnd) == '\n') {
            return false;
        }
        int i = sentenceEnd + 1;
        while (i < t.length() && i - sentenceEnd < 4 && Character.isWhitespace(t.charAt(i)) && t.charAt(i) != '\n') {
            i++;
        }
        int end = Math.min(t.length(), i + AGREEMENT_REACH);
        int q = t.indexOf('?', i);
        if (q < 0 || q >= end) {
            return false;
        }
        Matcher a = AGREEMENT.matcher(t).region(i, q + 1);
        return a.lookingAt();
    }

    /** An imperative ("Prioritera", "tala om") that opens a clause of the sentence before the phrase. */
    private static boolean imperativeBefore(String t, int sentenceStart, int at) {
        Matcher v = IMPERATIVE_FRAMING.matcher(t).region(sentenceStart, at);
        while (v.find()) {
            if (clauseStart(t, sentenceStart, v.start())) {
                return true;
            }
        }
        return false;
    }

    /** True when only list marks, quotes or a clause word stand between the clause start and {@code at}. */
    private static boolean clauseStart(String t, int sentenceStart, int at) {
        int i = at;
        while (i > sentenceStart && isLeadIn(t.charAt(i - 1))) {
            i--;
        }
        if (i <= sentenceStart) {
            return true;
        }
        char c = t.charAt(i - 1);
        if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?') {
            return true;
        }
        int from = Math.max(sentenceStart, i - 12);
        return CLAUSE_WORD.matcher(t).region(from, i).find();
    }

    private static boolean isLeadIn(char c) {
        return Character.isWhitespace(c) || c == '-' || c == '*' || c == '\u2022' || c == '>' || c == '"'
                || c == '\'' || c == '(' || c == '\u201D' || c == '\u201C' || Character.isDigit(c) || c == ')';
    }

    /** A general framing ("förklara", "hur skriver man", "exempel") in the same clause, before the phrase. */
    private static boolean generalQuestion(String t, Match m, int sentenceStart) {
        int clause = sentenceStart;
        for (int i = m.start() - 1; i > sentenceStart; i--) {
            char c = t.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                clause = i + 1;
                break;
            }
        }
        int lastAnd = Math.max(lastWord(t, " och ", clause, m.start()), lastWord(t, " samt ", clause, m.start()));
        if (lastAnd >= 0) {
            clause = lastAnd;
        }
        if (GENERAL_FRAMING.matcher(t).region(clause, m.start()).find()) {
            return true;
        }
        // "Skriv ett exempel på ett avslagsbeslut": a template or an exercise, asked after the phrase.
        int to = Math.min(t.length(), m.end() + 60);
        return GENERAL_FRAMING.matcher(t).region(m.start(), to).find();
    }

    /**
     * The sentence talks about using AI ("vi får inte låta Copilot fatta beslut", "AI får aldrig
     * bedöma …") or sets the decision aside ("utan att ta ställning"): not a request to decide.
     */
    private static boolean aboutAiUse(String t, Match m, int sentenceStart) {
        return ABOUT_AI.matcher(t).region(sentenceStart, m.start()).find();
    }

    /** Where the last {@code word} in {@code [from, to)} ends, or -1; looks no further back than {@code from}. */
    private static int lastWord(String t, String word, int from, int to) {
        for (int at = Math.min(to, t.length()) - word.length(); at >= from; at--) {
            if (t.startsWith(word, at)) {
                return at + word.length();
            }
        }
        return -1;
    }

    /** The phrase took a capitalised word for a person, but it is a product, a body or a law. */
    private static boolean namesSomethingElse(String t, Match m) {
        Matcher w = NAME_LIKE.matcher(t).region(m.start(), m.end());
        while (w.find()) {
            if (w.start() > m.start() && NOT_NAMES.contains(Lexicon.key(w.group()))) {
                return true;
            }
        }
        return false;
    }

    /** Which kinds of case context stand near the phrase: person, application, case number, journal. */
    private static String caseContext(String t, Match m, TextWide wide) {
        int from = Math.max(0, m.start() - CONTEXT_WINDOW);
        int to = Math.min(t.length(), m.end() + CONTEXT_WINDOW);
        List<String> kinds = new ArrayList<>(4);
        // The window alone, as a regex region with opaque bounds would see it.
        String window = t.substring(from, to);
        if (!PERSON_WORD.find(window, 1).isEmpty() || hasName(t, from, to) || PSEUDONYM.matcher(t).region(from, to).find()) {
            kinds.add("person");
        }
        if (!APPLICATION.find(window, 1).isEmpty()) {
            kinds.add("application");
        }
        if (wide.caseNumber()) {
            kinds.add("case-number");
        }
        if (wide.journalLike()) {
            kinds.add("journal");
        }
        return String.join("+", kinds);
    }

    /** A capitalised word inside a sentence (not its first word) that is not a known non-person. */
    private static boolean hasName(String t, int from, int to) {
        Matcher w = NAME_LIKE.matcher(t).region(from, to);
        while (w.find()) {
            if (!sentenceInitial(t, w.start()) && !NOT_NAMES.contains(Lexicon.key(w.group()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceInitial(String t, int at) {
        int i = at;
        while (i > 0 && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '\t' || t.charAt(i - 1) == '"' || t.charAt(i - 1) == '(')) {
            i--;
        }
        if (i == 0) {
            return true;
        }
        char c = t.charAt(i - 1);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '\r' || c == '-' || c == '*' || c == '\u2022';
    }

    private static int sentenceStart(String t, int at) {
        int limit = Math.max(0, at - SENTENCE_REACH);
        for (int i = at - 1; i >= limit; i--) {
            char c = t.charAt(i);
            if (c == '\n' || c == '!' || c == '?' || (c == '.' && i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return limit;
    }

    /** Index of the character that ends the sentence ('?', '.', '!', line break), or where the search gave up. */
    private static int sentenceEnd(String t, int from) {
        int limit = Math.min(t.length(), from + SENTENCE_REACH);
        for (int i = from; i < limit; i++) {
            char c = t.charAt(i);
            if (c == '?' || c == '!' || c == '\n' || (c == '.' && (i + 1 >= t.length() || Character.isWhitespace(t.charAt(i + 1))))) {
                return i;
            }
        }
        return limit;
    }

    /** Case context that holds for the whole text, looked for once and only when a phrase was found. */
    private static final class TextWide {
        private final NormalizedText normalized;
        private final Policy policy;
        private final String t;
        private Boolean caseNumber;
        private Boolean journalLike;

        TextWide(NormalizedText normalized, Policy policy) {
            this.normalized = normalized;
            this.policy = policy;
            this.t = normalized.text();
        }

        boolean caseNumber() {
            if (caseNumber == null) {
                caseNumber = CASE_NUMBER.matcher(t).find();
            }
            return caseNumber;
        }

        /**
         * Text copied from a record system (a strong SYSTEM_COPY trace), or two or more entries
         * that start with a date, as in a journal.
         */
        boolean journalLike() {
            if (journalLike == null) {
                Matcher m = DATE_LINE.matcher(t);
                int n = 0;
                while (n < 2 && m.find()) {
                    n++;
                }
                journalLike = n >= 2 || SYSTEM_COPY.detect(normalized, policy).stream()
                        .anyMatch(f -> f.ruleId().equals(SystemCopyDetector.STRONG_RULE));
            }
            return journalLike;
        }
    }

    private static List<WordStartMatcher> allMatchers() {
        List<WordStartMatcher> all = new ArrayList<>(PHRASES.stream().map(Phrases::matcher).toList());
        all.add(CLAUSE_PREDICATE);
        all.add(CLAUSE_OBJECT);
        all.add(CLAUSE_STATE);
        return all;
    }

    private static List<Phrases> load(String... families) {
        List<Phrases> out = new ArrayList<>();
        for (String family : families) {
            List<String> plain = new ArrayList<>();
            List<String> needsContext = new ArrayList<>();
            List<String> statementOrder = new ArrayList<>();
            for (String line : Lexicon.lines("decision/" + family + ".txt")) {
                if (line.startsWith("~ ")) {
                    needsContext.add(line.substring(2));
                } else if (line.startsWith("? ")) {
                    statementOrder.add(line.substring(2));
                } else {
                    plain.add(line);
                }
            }
            out.add(new Phrases(family, Flag.PLAIN, TEMPLATES.matcher(plain)));
            out.add(new Phrases(family, Flag.NEEDS_CONTEXT, TEMPLATES.matcher(needsContext)));
            out.add(new Phrases(family, Flag.STATEMENT_ORDER, TEMPLATES.matcher(statementOrder)));
        }
        return List.copyOf(out);
    }

    /** Pronouns and role words ("barnet", "sökanden"), also in the genitive. */
    private static WordStartMatcher personWords() {
        List<String> words = new ArrayList<>(List.of("hen", "han", "hon", "henne", "honom", "hens", "hans", "hennes", "denne", "dennes"));
        for (String role : Lexicon.lines("decision/case-roles.txt")) {
            words.add(role);
            if (!role.endsWith("s")) {
                words.add(role + "s");
            }
        }
        return TEMPLATES.matcher(List.of(String.join("|", words)));
    }
}
