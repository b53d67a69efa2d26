package se.precheck.detect.marking;

import se.precheck.detect.ContextWords;

/**
 * Tells a general statement about a topic ("all personal har tystnadsplikt", a routine for
 * "personer med skyddade personuppgifter") from a statement about this text or a particular
 * person. The test is the sentence around the match: a generic cue and nothing pointing at this
 * text or case.
 */
final class Statements {

    private static final ContextWords GENERIC = Lexicon.words("generic-cues.txt");
    private static final ContextWords DEIXIS = Lexicon.words("deixis.txt");
    private static final ContextWords HEDGES = Lexicon.words("hedges.txt");
    private static final ContextWords PERSON = Lexicon.words("person-words.txt");
    private static final ContextWords DOCUMENT = Lexicon.words("self-marking.txt");

    private Statements() {
    }

    /**
     * True when the sentence around {@code [start, end)} is a general statement: hedged ("kan
     * innehålla"), or with a generic cue and nothing pointing at this text or case.
     */
    static boolean isGeneral(String text, int start, int end) {
        int from = Spans.sentenceStart(text, start);
        int to = Spans.sentenceEnd(text, end);
        if (inSentence(HEDGES, text, from, start, end, to)) {
            return true;
        }
        return inSentence(GENERIC, text, from, start, end, to) && !inSentence(DEIXIS, text, from, start, end, to);
    }

    /**
     * A question without a pointer to this text ("Vilka uppgifter är sekretessbelagda?"). Not used
     * for persons: "Kan du skriva ett brev till en förälder som har skyddad identitet?" is a request.
     */
    static boolean isOpenQuestion(String text, int start, int end) {
        int from = Spans.sentenceStart(text, start);
        int to = Spans.sentenceEnd(text, end);
        return to < text.length() && text.charAt(to) == '?' && !DEIXIS.inWindow(text, from, to);
    }

    /** True when a word pointing at this text or case ("denna", "handlingen", "uppgifterna") is in the sentence. */
    static boolean pointsAtText(String text, int start, int end) {
        return inSentence(DEIXIS, text, Spans.sentenceStart(text, start), start, end, Spans.sentenceEnd(text, end));
    }

    /** True when a pronoun or a definite role word ("barnet", "hon") is in the same sentence. */
    static boolean mentionsPerson(String text, int start, int end) {
        int from = Spans.sentenceStart(text, start);
        int to = Spans.sentenceEnd(text, end);
        return inSentence(PERSON, text, from, start, end, to) || pseudonymIn(text, from, to);
    }

    /** A pseudonym from redaction ("Person 1") still stands for one particular person. */
    private static final java.util.regex.Pattern PSEUDONYM = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])Person \\d{1,4}+(?!\\p{N})");

    private static boolean pseudonymIn(String text, int from, int to) {
        return PSEUDONYM.matcher(text).region(from, to).find();
    }

    /** True when a word for a document or message ("handlingen", "mejlet") is in the same sentence. */
    static boolean mentionsDocument(String text, int start, int end) {
        return inSentence(DOCUMENT, text, Spans.sentenceStart(text, start), start, end, Spans.sentenceEnd(text, end));
    }

    /** Looks in the sentence outside the match itself, so the match's own words do not count. */
    private static boolean inSentence(ContextWords words, String text, int from, int start, int end, int to) {
        return words.inWindow(text, from, start) || words.inWindow(text, end, to);
    }
}
