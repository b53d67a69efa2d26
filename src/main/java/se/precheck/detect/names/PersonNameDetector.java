package se.precheck.detect.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.precheck.detect.ContextWords;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * Names of people: full names, first names and surnames, Swedish and immigrant alike.
 *
 * <p>Evidence is combined per run of capitalised words: a hit in the first-name or surname lists, a
 * surname ending, a role or title word before ("eleven", "handläggare", "fru"), a greeting or
 * sign-off, and whether the word starts a sentence. Words that are places, organisations or months
 * are never names on their own, and a sentence-initial word that is an ordinary Swedish word in
 * lower case (Per, Dag, Hans) needs a surname after it. A surname found in a full name marks its
 * later mentions in the same text too. Names on the policy's list of public terms get the info rule.
 */
public final class PersonNameDetector implements Detector {

    static final String RULE = "R4-namn";
    static final String RULE_PUBLIC = "R4-namn-offentlig";

    /** Longest run of capitalised words read as one name (Lars-Erik von Platen Ek). */
    private static final int MAX_RUN = 4;
    private static final int MAX_WORD = 40;
    /** Short words with an inner capital are abbreviations (SoL, LoU), not names. */
    private static final int SHORT_ABBREVIATION = 4;
    /** How far back the line before a signature is searched for a sign-off. */
    private static final int SIGN_OFF_WINDOW = 60;
    /** Arabic articles written in lower case before a capitalised surname: al-Assad, el-Sayed. */
    private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an");
    /** Keep {@code Scan.maySignOff} in step when changing these. */
    private static final ContextWords SIGN_OFFS = ContextWords.of("hälsningar", "hälsning", "mvh", "vh", "hälsar");

    private static final double FULL_NAME = 0.92;
    private static final double FULL_NAME_INTERNATIONAL = 0.85;
    private static final double FULL_NAME_BY_SURNAME = 0.75;
    private static final double FULL_NAME_WEAK = 0.7;
    private static final double AFTER_CUE = 0.85;
    private static final double UNKNOWN_AFTER_CUE = 0.7;
    private static final double FIRST_NAME_ALONE = 0.75;
    private static final double SURNAME_ALONE = 0.7;
    private static final double AMBIGUOUS_ALONE = 0.6;
    private static final double SENTENCE_START_ALONE = 0.6;
    private static final double WEAK_ALONE = 0.55;
    private static final double SAME_SURNAME = 0.8;
    private static final double UNKNOWN_PAIR = 0.6;
    private static final double LOWER_CASE_PAIR = 0.6;
    private static final double CAPITALS_PAIR = 0.8;

    private final NameLexicon lexicon = NameLexicon.get();

    public PersonNameDetector() {
        OrdinaryWords.warmUp();
    }

    private record Name(int from, int to, double confidence, String evidence) {
    }

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        String text = normalized.text();
        // One copy of the characters: reading a char[] is cheaper than String.charAt in the per-character loops.
        char[] chars = text.toCharArray();
        Words words = words(chars);
        Scan scan = new Scan(chars, words);
        List<Name> names = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            // The other words fail each test below, so the loop goes straight to the next candidate.
            i = words.nextCandidate(i);
            if (i < 0) {
                break;
            }
            if (scan.startsPhrase(words, i)) {
                i += 2;
                continue;
            }
            Name pair = scan.otherCasePair(words, i);
            if (pair != null) {
                names.add(pair);
                i = pair.to();
                continue;
            }
            if (!scan.canStartRun(words, i)) {
                i++;
                continue;
            }
            Name name = scan.judge(words, i, scan.runEnd(words, i), text);
            if (name == null) {
                i++;
            } else {
                names.add(name);
                i = name.to();
            }
        }
        names = addLaterMentions(words, names);
        names = withoutLocalSystems(words, names, policy);
        return findings(words, names, text, policy);
    }

    /**
     * One text being read. The dictionary answers are kept per spelling ({@link WordForm}), so a word
     * repeated many times is looked up once; nothing outlives the call.
     */
    private final class Scan {

        private final char[] chars;
        private final Words words;

        Scan(char[] chars, Words words) {
            this.chars = chars;
            this.words = words;
        }

        /**
         * A full name written all in lower case or all in capitals ("anna svensson", "ANNA SVENSSON"):
         * a listed first name and a listed surname, and in lower case neither an ordinary word.
         */
        private Name otherCasePair(Words words, int i) {
            if (i + 1 >= words.size() || words.capitalised(i) || !words.gapIsSpace(i + 1)) {
                return null;
            }
            int first = i;
            int last = i + 1;
            boolean lower = isAll(first, true) && isAll(last, true);
            boolean upper = isAll(first, false) && isAll(last, false);
            if (!lower && !upper || !words.form(first).isFirstName()) {
                return null;
            }
            if (!words.form(last).isSurnameInList() && words.form(last).surnameEnding() != NameLexicon.Ending.STRONG) {
                return null;
            }
            if (lower && (isOrdinary(first) || isOrdinary(last))) {
                return null;
            }
            return new Name(i, i + 2, lower ? LOWER_CASE_PAIR : CAPITALS_PAIR, lower ? "full-name;lower-case" : "full-name;capitals");
        }

        private boolean isAll(int w, boolean lowerCase) {
            return lowerCase ? words.form(w).isAllLowerCase() : words.form(w).isAllUpperCase();
        }

        private boolean startsPhrase(Words words, int i) {
            return i + 1 < words.size() && words.gapIsSpace(i + 1)
                    && words.form(i).startsNotNamePhrase() && lexicon.isNotNamePhrase(words.text(i), words.lower(i + 1));
        }

        private boolean canStartRun(Words words, int i) {
            if (words.capitalised(i)) {
                return true;
            }
            if (words.initial(i)) {
                return i + 1 < words.size() && words.gapIsSpace(i + 1) && !words.sentenceStart(i + 1)
                        && (words.capitalised(i + 1) || words.initial(i + 1));
            }
            return lowerCaseAfterCue(words, i);
        }

        /** Exclusive end of the run of capitalised words starting at {@code from}; initials and particles allowed inside. */
        private int runEnd(Words words, int from) {
            int end = from + 1;
            while (end < words.size() && end - from < MAX_RUN) {
                int next = end;
                if (!words.gapIsSpace(next) || words.sentenceStart(next)) {
                    break;
                }
                if (words.capitalised(next) || words.initial(next)) {
                    end++;
                } else if (words.form(next).isParticle() && end + 1 < words.size()
                        && words.capitalised(end + 1) && words.gapIsSpace(end + 1)) {
                    end += 2;
                } else {
                    break;
                }
            }
            return Math.min(end, words.size());
        }

        /** The name in words [from, end), after trimming words that cannot start or end one; null if none. */
        private Name judge(Words words, int from, int end, String text) {
            if (end - from == 1 && unsupportedAtSentenceStart(words, from, text)) {
                return null;
            }
            int a = from;
            while (a < end && cannotStartName(words, a, end, text)) {
                a++;
            }
            if (a >= end) {
                return null;
            }
            int b = end;
            // A genitive ends the name: "Jonas Jerebkos Detroit", "Henrik Brors Näring".
            for (int k = a + 1; k < b - 1; k++) {
                if (words.text(k).endsWith("s") && !words.form(k).isExactName() && !words.form(k + 1).isListedName()) {
                    b = k + 1;
                }
            }
            while (b - 1 > a && cannotEndName(b - 1) && !initialAfterFirstName(words, b - 1)) {
                b--;
            }
            return b - a == 1 ? single(words, a, text) : multi(words, a, b, text);
        }

        /**
         * A lone capitalised word at a sentence start that no name list, title word, greeting or
         * sign-off supports is never a name, whether or not it is an ordinary word: said here before
         * asking the dictionary, which is the costly part of reading a text.
         */
        private boolean unsupportedAtSentenceStart(Words words, int i, String text) {
            return words.capitalised(i) && words.sentenceStart(i) && !known(i)
                    && !cueBefore(words, i) && !greetingBefore(words, i) && !signOffBefore(text, i);
        }

        /** In a name list or with a strong surname ending, as {@link #single} counts it. */
        private boolean known(int w) {
            return words.form(w).isFirstName() || words.form(w).isSurnameInList()
                    || words.form(w).surnameEnding() == NameLexicon.Ending.STRONG
                    || words.form(w).isInternationalFirstName() || words.form(w).isInternationalSurname();
        }

        private boolean cannotStartName(Words words, int i, int end, String text) {
            if (words.initial(i)) {
                // "I Sarah Sjöströms …": a sentence-initial I, Å or Ö is a word, not an initial.
                return words.sentenceStart(i) && isOrdinary(i);
            }
            if (!words.capitalised(i)) {
                return false;
            }
            if (words.form(i).isGreeting()) {
                return true;
            }
            if (words.form(i).isNotName()) {
                // A place that is also a name: a surname after a title word (fru Berg), a first name before a surname (Nora Lindqvist).
                boolean surnameAfterTitle = cueBefore(words, i) && words.form(i).isSurname();
                boolean firstNameBeforeSurname = words.form(i).isFirstName() && i + 1 < end
                        && (words.form(i + 1).isSurname() || words.form(i + 1).surnameEnding() == NameLexicon.Ending.STRONG);
                return !surnameAfterTitle && !firstNameBeforeSurname;
            }
            boolean listed = words.form(i).isListedName();
            if (!listed && words.form(i).isCue()) {
                return true;
            }
            boolean nextIsFirstName = i + 1 < end && words.capitalised(i + 1) && words.form(i + 1).isFirstName();
            if (!listed && nextIsFirstName && !cueBefore(words, i) && !words.form(i + 1).isSurname()) {
                // A descriptor glued before a first name: "Skellefteåforwarden Adam Pettersson", "Brynäs Andreas".
                // Not after a title word, and not before a name that is also a surname: "mamman Rukiya Abdi".
                return true;
            }
            boolean introduced = cueBefore(words, i) || greetingBefore(words, i) || signOffBefore(text, i);
            if (!words.sentenceStart(i) || listed && introduced) {
                return false;
            }
            boolean nextMayBeName = i + 1 < end && !words.form(i + 1).isNotName();
            // A first name before a possible surname starts a name whether or not it is also a word: no need to ask the dictionary.
            if (nextMayBeName && words.form(i).isFirstName() || !isOrdinary(i)) {
                return false;
            }
            // Sentence-initial ordinary word: a name only as a first name before a surname (Per Svensson, Frank Lampard).
            if (!nextMayBeName) {
                return true;
            }
            int next = i + 1;
            boolean nextIsSurname = words.form(next).isListedName() || !isOrdinary(next);
            return !(words.form(i).isFirstName() || words.form(i).isInternationalFirstName() && nextIsSurname);
        }

        /** "Anna S.": an initial for the surname, kept with the first name so redaction covers it. */
        private boolean initialAfterFirstName(Words words, int k) {
            WordForm before = words.form(k - 1);
            return words.initial(k) && (before.isFirstName() || before.isInternationalFirstName());
        }

        private boolean cannotEndName(int w) {
            if (words.initial(w) || words.form(w).isParticle()) {
                return true;
            }
            if (words.form(w).isSurname() || words.form(w).surnameEnding() != NameLexicon.Ending.NONE) {
                return false;
            }
            return words.form(w).isNotName();
        }

        private Name multi(Words words, int a, int b, String text) {
            int first = a;
            int last = b - 1;
            boolean lastListed = words.form(last).isListedName();
            boolean midSentence = !words.sentenceStart(first);
            if (words.form(first).isFirstName() || words.initial(first) && lastListed) {
                return new Name(a, b, FULL_NAME, "full-name;first-name-list" + (lastListed ? ";surname" : ""));
            }
            // The dictionary is asked only when an answer needs it: most full names start with a
            // listed first name or end with a listed surname.
            if (words.form(first).isInternationalFirstName()
                    && (mayEndName(last) || midSentence && !words.form(last).isNotName() && !isCompoundNoun(last))
                    && (midSentence || !isOrdinary(first) || !isOrdinary(last))) {
                return new Name(a, b, lastListed ? FULL_NAME_INTERNATIONAL : FULL_NAME_WEAK, "full-name;international-first-name");
            }
            if (cueBefore(words, a) || greetingBefore(words, a) || signOffBefore(text, first)) {
                return new Name(a, b, AFTER_CUE, "full-name;title-word");
            }
            boolean firstOk = !words.form(first).isNotName() && !(words.sentenceStart(first) && isOrdinary(first));
            if (firstOk && lastListed) {
                return new Name(a, b, FULL_NAME_BY_SURNAME, "full-name;surname-list");
            }
            if (firstOk && midSentence && mayEndName(last) && words.form(last).surnameEnding() != NameLexicon.Ending.NONE) {
                return new Name(a, b, FULL_NAME_WEAK, "full-name;surname-ending");
            }
            if (firstOk && midSentence && mayEndName(last) && !isOrdinary(first)) {
                return new Name(a, b, UNKNOWN_PAIR, "full-name;capitalised-pair");
            }
            // Two capitalised words that do not make a name (Uppsala Universitet): maybe a one-word name first.
            return single(words, a, text);
        }

        /** The last word of a capitalised pair can be a surname: listed, or neither an ordinary word nor a compound noun. */
        private boolean mayEndName(int last) {
            return !words.form(last).isNotName() && (words.form(last).isListedName() || !isOrdinary(last) && !isCompoundNoun(last));
        }

        private Name single(Words words, int i, String text) {
            if (words.initial(i) || words.text(i).length() < 2) {
                return null;
            }
            boolean cue = cueBefore(words, i);
            // A surname that is also a place (Berg, Lund) is a name after a title word: "fru Berg".
            if (words.form(i).isNotName() && !(cue && words.form(i).isSurname())) {
                return null;
            }
            boolean firstName = words.form(i).isFirstName();
            boolean surname = words.form(i).isSurnameInList() || words.form(i).surnameEnding() == NameLexicon.Ending.STRONG;
            boolean international = words.form(i).isInternationalFirstName() || words.form(i).isInternationalSurname();
            boolean known = firstName || surname || international;
            // Unlisted, it can only be a name after a title word or mid-sentence with a surname ending; else no need to ask the dictionary.
            if (!known && !cue && (words.sentenceStart(i) || words.form(i).surnameEnding() != NameLexicon.Ending.WEAK)) {
                return null;
            }
            if (!known && isCompoundNoun(i)) {
                return null;
            }
            if (!words.capitalised(i)) {
                return firstName && !isOrdinary(i) ? new Name(i, i + 1, SENTENCE_START_ALONE, "first-name;lower-case;title-word") : null;
            }
            if (greetingBefore(words, i) || signOffBefore(text, i)) {
                // After "Hej" or under "Mvh" even a first name that is also a word is a name (Hej Per!).
                return firstName || known && !isOrdinary(i) ? new Name(i, i + 1, AFTER_CUE, "first-name;greeting") : null;
            }
            if (cue) {
                if (known) {
                    return new Name(i, i + 1, AFTER_CUE, "name-list;title-word");
                }
                return isOrdinary(i) || placeGenitive(words, i) ? null : new Name(i, i + 1, UNKNOWN_AFTER_CUE, "capitalised;title-word");
            }
            if (!words.sentenceStart(i)) {
                if (firstName) {
                    return new Name(i, i + 1, isOrdinary(i) ? AMBIGUOUS_ALONE : FIRST_NAME_ALONE, "first-name;mid-sentence");
                }
                boolean weakEnding = words.form(i).surnameEnding() == NameLexicon.Ending.WEAK;
                if (!surname && !international && !weakEnding || isOrdinary(i)) {
                    return null;
                }
                if (surname) {
                    return new Name(i, i + 1, SURNAME_ALONE, "surname;mid-sentence");
                }
                if (international) {
                    return new Name(i, i + 1, WEAK_ALONE, "international-first-name;mid-sentence");
                }
                return weakEnding && !placeGenitive(words, i) ? new Name(i, i + 1, WEAK_ALONE, "surname-ending;mid-sentence") : null;
            }
            if ((firstName || surname) && !isOrdinary(i)) {
                return new Name(i, i + 1, SENTENCE_START_ALONE, "name-list;sentence-start");
            }
            return null;
        }

        /** "Björkhagens förskola", "Solbergs äldreboende": an unlisted genitive before a common noun names a place. */
        private boolean placeGenitive(Words words, int i) {
            if (!words.text(i).endsWith("s") || words.form(i).isInList() || i + 1 >= words.size()) {
                return false;
            }
            int next = i + 1;
            return words.gapIsSpace(next) && Character.isLowerCase(words.text(next).charAt(0)) && isOrdinary(next);
        }

        private boolean isOrdinary(int w) {
            return words.form(w).isOrdinary();
        }

        private boolean isCompoundNoun(int w) {
            return words.form(w).isCompoundNoun();
        }

        /** "eleven liam": a listed first name written in lower case right after a title word. */
        private boolean lowerCaseAfterCue(Words words, int i) {
            return Character.isLowerCase(words.text(i).charAt(0)) && words.form(i).isFirstName() && cueBefore(words, i);
        }

        private boolean cueBefore(Words words, int i) {
            if (i == 0 || !words.gapIsSpace(i) && !words.gapIsColon(i)) {
                return false;
            }
            int prev = i - 1;
            if (words.form(prev).isCue()) {
                return true;
            }
            return i >= 2 && words.gapIsSpace(prev) && words.form(i - 2).startsCuePhrase() && lexicon.isCue(words.lower(i - 2) + " " + words.lower(prev));
        }

        private boolean greetingBefore(Words words, int i) {
            return i > 0 && words.gapIsSpace(i) && words.form(i - 1).isGreeting();
        }

        /** A word at the start of a line, right under a sign-off ("Med vänliga hälsningar\nKarin"). */
        private boolean signOffBefore(String text, int w) {
            int lineStart = words.start(w);
            while (lineStart > 0 && text.charAt(lineStart - 1) == ' ') {
                lineStart--;
            }
            if (lineStart == 0 || text.charAt(lineStart - 1) != '\n') {
                return false;
            }
            int from = Math.max(0, lineStart - SIGN_OFF_WINDOW);
            return maySignOff(chars, from, lineStart) && SIGN_OFFS.inWindow(text, from, lineStart);
        }

        /**
         * Whether {@code [from, to)} can hold one of {@link #SIGN_OFFS}: each has "vh" or "hä" in it
         * (mvh, vh, hälsningar, hälsar), in any case. Most lines have neither, and this costs no
         * lower-cased copy of the window.
         */
        private static boolean maySignOff(char[] text, int from, int to) {
            for (int k = from; k < to; k++) {
                char c = text[k];
                if (c != 'h' && c != 'H') {
                    continue;
                }
                char before = k > from ? text[k - 1] : 0;
                char after = k + 1 < to ? text[k + 1] : 0;
                if (before == 'v' || before == 'V' || after == 'ä' || after == 'Ä') {
                    return true;
                }
            }
            return false;
        }
    }

    /** Later mentions of a surname already seen in a full name ("Gunhild Westman … Westman anser"). */
    private List<Name> addLaterMentions(Words words, List<Name> names) {
        Set<String> surnames = new HashSet<>();
        boolean[] taken = new boolean[words.size()];
        for (Name n : names) {
            for (int k = n.from(); k < n.to(); k++) {
                taken[k] = true;
            }
            if (n.to() - n.from() >= 2 && n.confidence() >= FULL_NAME_BY_SURNAME) {
                surnames.add(words.text(n.to() - 1));
            }
        }
        if (surnames.isEmpty()) {
            return names;
        }
        // The surnames and their genitives (Westmans), so each word is one look-up.
        Set<String> mentions = new HashSet<>(surnames);
        for (String surname : surnames) {
            mentions.add(surname + "s");
        }
        List<Name> out = new ArrayList<>(names);
        // Every capitalised word is a candidate.
        for (int k = words.nextCandidate(0); k >= 0; k = words.nextCandidate(k + 1)) {
            if (!taken[k] && words.capitalised(k) && mentions.contains(words.text(k))) {
                out.add(new Name(k, k + 1, SAME_SURNAME, "surname;same-text"));
            }
        }
        out.sort((x, y) -> Integer.compare(x.from(), y.from()));
        return out;
    }

    /** The municipality's own systems (Ciceron) are sometimes named like people; the policy lists them. */
    private static List<Name> withoutLocalSystems(Words words, List<Name> names, Policy policy) {
        if (policy.localSystems().isEmpty() || names.isEmpty()) {
            return names;
        }
        Set<String> systems = new HashSet<>();
        for (String system : policy.localSystems()) {
            systems.add(system.strip().toLowerCase(Locale.ROOT));
        }
        List<Name> out = new ArrayList<>(names.size());
        for (Name n : names) {
            boolean system = false;
            for (int k = n.from(); k < n.to() && !system; k++) {
                system = systems.contains(words.text(k).toLowerCase(Locale.ROOT));
            }
            if (!system) {
                out.add(n);
            }
        }
        return out;
    }

    private List<Finding> findings(Words words, List<Name> names, String text, Policy policy) {
        if (names.isEmpty()) {
            return List.of();
        }
        Set<String> publicNames = publicNames(policy);
        List<Finding> out = new ArrayList<>(names.size());
        for (Name n : names) {
            int start = words.start(n.from());
            int end = words.end(n.to() - 1);
            boolean isPublic = !publicNames.isEmpty() && isPublic(publicNames, text.substring(start, end).toLowerCase(Locale.ROOT));
            out.add(new Finding(Category.PERSON_NAME, start, end, n.confidence(),
                    isPublic ? RULE_PUBLIC : RULE, n.evidence() + (isPublic ? ";allowed-term" : "")));
        }
        return out;
    }

    /** The name or its genitive (Stefan Berglunds) is one of the public names. */
    private static boolean isPublic(Set<String> publicNames, String name) {
        return publicNames.contains(name) || name.endsWith("s") && publicNames.contains(name.substring(0, name.length() - 1));
    }

    /** The policy's public terms, and the surnames of its multi-word terms (a later "Berg" for "Stefan Berg"). */
    private static Set<String> publicNames(Policy policy) {
        Set<String> out = new HashSet<>();
        for (String term : policy.allowedTerms()) {
            String t = term.strip().toLowerCase(Locale.ROOT);
            out.add(t);
            int space = t.lastIndexOf(' ');
            if (space > 0) {
                out.add(t.substring(space + 1));
            }
        }
        return out;
    }

    /**
     * Splits the text into words of letters with inner hyphens or apostrophes, noting sentence starts.
     * Marks as candidates the words that can start a not-name phrase, a lower-case or capitals pair,
     * or a run: capitalised words, initials and listed first names.
     */
    private static Words words(char[] chars) {
        Words out = new Words(chars);
        int n = chars.length;
        int i = 0;
        int prevEnd = 0;
        boolean lastInitial = false;
        while (i < n) {
            if (!isLetter(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            int hash = 0;
            boolean plain = true;
            while (i < n && (isLetter(chars[i]) || isMark(chars[i])
                    || isJoiner(chars[i]) && i + 1 < n && isLetter(chars[i + 1]))) {
                hash = Vocabulary.hash(hash, chars[i]);
                plain &= LowerCaseNameStarts.isPlainLowerCase(chars[i]);
                i++;
            }
            // Letters glued to digits (ABC123) are codes, not words.
            if (i < n && isDigit(chars[i]) || start > 0 && isDigit(chars[start - 1])) {
                prevEnd = i;
                continue;
            }
            boolean initial = i - start == 1 && Character.isUpperCase(chars[start]);
            boolean afterInitial = lastInitial && initialGap(chars, prevEnd, start);
            boolean sentenceStart = !afterInitial && sentenceStart(chars, prevEnd, start, out.size() == 0);
            out.add(start, i, hash, plain, initial, sentenceStart, afterInitial || onlySpaces(chars, prevEnd, start),
                    colon(chars, prevEnd, start));
            lastInitial = initial;
            prevEnd = i;
        }
        return out;
    }

    /** How {@link WordForm#capitalised} is decided for a spelling. */
    static boolean capitalised(String w) {
        return w.length() <= MAX_WORD && isCapitalised(w);
    }

    /** {@link Character#isLetter(char)}, answered without the Unicode tables for ASCII, most of any text. */
    private static boolean isLetter(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    /** A combining accent: none is below U+0300, so ASCII and Latin-1 skip the Unicode tables. */
    private static boolean isMark(char c) {
        return c >= '\u0300' && Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** {@link Character#isDigit(char)}, answered without the Unicode tables for ASCII. */
    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’';
    }

    /**
     * Upper-case first letter and a lower-case letter after it (not ALL CAPS, not an initial); each
     * hyphenated part capitalised too (Anna-Karin, not EU-kommissionen), or an Arabic article
     * before a capitalised part (al-Assad).
     */
    private static boolean isCapitalised(String w) {
        int dash = w.indexOf('-');
        if (dash > 0 && dash <= 3 && ARTICLES.contains(w.substring(0, dash))) {
            return dash + 2 < w.length() && isCapitalised(w.substring(dash + 1));
        }
        if (!Character.isUpperCase(w.charAt(0)) || w.length() < 2) {
            return false;
        }
        boolean lower = false;
        for (int k = 1; k < w.length(); k++) {
            char c = w.charAt(k);
            lower |= Character.isLowerCase(c);
            if (Character.isUpperCase(c) && w.length() <= SHORT_ABBREVIATION) {
                return false;
            }
            if (c == '-' && (k + 1 >= w.length() || !Character.isUpperCase(w.charAt(k + 1)))) {
                return false;
            }
        }
        return lower;
    }

    /** "C. G. Jung", "Ylva M Andersson": a dot and a space, or a space, after an initial. */
    private static boolean initialGap(char[] text, int from, int to) {
        return to - from == 1 && (text[from] == ' ' || text[from] == '.')
                || to - from == 2 && text[from] == '.' && text[from + 1] == ' ';
    }

    /** "Handläggare: Anna": a colon and spaces on the same line. */
    private static boolean colon(char[] text, int from, int to) {
        if (to - from < 1 || to - from > 3 || text[from] != ':') {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (text[k] != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean onlySpaces(char[] text, int from, int to) {
        if (from >= to || to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (text[k] != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The gap before a word ends a sentence or line: start of text, . ! ? : or a line break, then quotes or dashes. */
    private static boolean sentenceStart(char[] text, int prevEnd, int start, boolean firstWord) {
        int k = start - 1;
        int limit = Math.max(prevEnd, start - 20);
        while (k >= limit) {
            char c = text[k];
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '•') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '"' && c != '\'' && c != '(' && c != '-' && c != '”' && c != '“' && c != '«' && c != '»' && c != '*' && c != '\r') {
                return false;
            }
            k--;
        }
        return firstWord;
    }
}
