package se.precheck.detect.names;

import java.util.Locale;

/**
 * One distinct spelling of a word in one text ("Anna", "anna" and "ANNA" are three), with the
 * answers of the name lists and the dictionary about it, each asked at most once. A text of a
 * megabyte has some 150 000 words but only some 15 000 spellings, so the detector asks the
 * lexicon and Hunspell per spelling, not per word. Made by {@link Vocabulary}; lives as long as
 * the check of one text.
 */
final class WordForm {

    /** Shortest tail of a compound that is checked as an ordinary word. */
    private static final int MIN_TAIL = 4;
    /** Longest tail checked: keeps the look-ups per word bounded. */
    private static final int MAX_TAIL = 16;

    // The questions, one bit each in {@link #asked} and {@link #yes}.
    private static final int FIRST_NAME = 0;
    private static final int INTERNATIONAL_FIRST_NAME = 1;
    private static final int SURNAME = 2;
    private static final int SURNAME_IN_LIST = 3;
    private static final int INTERNATIONAL_SURNAME = 4;
    private static final int IN_LIST = 5;
    private static final int EXACT_NAME = 6;
    private static final int NOT_NAME = 7;
    private static final int NOT_NAME_PHRASE_START = 8;
    private static final int PARTICLE = 9;
    private static final int GREETING = 10;
    private static final int CUE = 11;
    private static final int CUE_PHRASE_START = 12;
    private static final int ORDINARY = 13;
    private static final int COMPOUND_NOUN = 14;
    private static final int ALL_LOWER_CASE = 15;
    private static final int ALL_UPPER_CASE = 16;

    private static final NameLexicon LEXICON = NameLexicon.get();

    /** The word as written. */
    final String text;
    /** As the lexicon looks it up: lower case, straight apostrophe ({@link NameLexicon#key}). */
    final String lower;
    /** Upper-case first letter and lower case after it, see {@link PersonNameDetector}. */
    final boolean capitalised;
    /**
     * Whether a word of this spelling can start a name, a lower-case or capitals pair or a not-name
     * phrase (see {@code PersonNameDetector.words}): asked once here, read for every word of the text.
     */
    final boolean mayStartName;

    private int asked;
    private int yes;
    private NameLexicon.Ending ending;

    WordForm(String text, boolean capitalised) {
        this.text = text;
        this.lower = NameLexicon.key(text);
        this.capitalised = capitalised;
        this.mayStartName = capitalised || isFirstName() || startsNotNamePhrase();
    }

    boolean isFirstName() {
        return answer(FIRST_NAME);
    }

    boolean isInternationalFirstName() {
        return answer(INTERNATIONAL_FIRST_NAME);
    }

    boolean isSurname() {
        return answer(SURNAME);
    }

    boolean isSurnameInList() {
        return answer(SURNAME_IN_LIST);
    }

    boolean isInternationalSurname() {
        return answer(INTERNATIONAL_SURNAME);
    }

    /** In any of the name lists. */
    boolean isInList() {
        return answer(IN_LIST);
    }

    /** In any of the name lists, or with a strong surname ending (see {@link NameLexicon#isListedName}). */
    boolean isListedName() {
        return isInList() || surnameEnding() == NameLexicon.Ending.STRONG;
    }

    boolean isExactName() {
        return answer(EXACT_NAME);
    }

    boolean isNotName() {
        return answer(NOT_NAME);
    }

    /** The first word of a two-word not-name (lex Sarah); only then is the phrase itself looked up. */
    boolean startsNotNamePhrase() {
        return answer(NOT_NAME_PHRASE_START);
    }

    boolean isParticle() {
        return answer(PARTICLE);
    }

    boolean isGreeting() {
        return answer(GREETING);
    }

    boolean isCue() {
        return answer(CUE);
    }

    /** The first word of a two-word cue; only then is the phrase itself looked up. */
    boolean startsCuePhrase() {
        return answer(CUE_PHRASE_START);
    }

    /** An ordinary Swedish word in lower case (Hunspell). */
    boolean isOrdinary() {
        return answer(ORDINARY);
    }

    /**
     * A compound of a place or organisation and a noun in the definite form (Skånepolisen,
     * Stockholmsbörsen, EU-kommissionen): its tail is an ordinary word ending in -en, -et or -na.
     */
    boolean isCompoundNoun() {
        return answer(COMPOUND_NOUN);
    }

    /** At least two characters and every letter lower case. */
    boolean isAllLowerCase() {
        return answer(ALL_LOWER_CASE);
    }

    /** At least two characters and every letter upper case. */
    boolean isAllUpperCase() {
        return answer(ALL_UPPER_CASE);
    }

    NameLexicon.Ending surnameEnding() {
        if (ending == null) {
            ending = LEXICON.surnameEnding(lower);
        }
        return ending;
    }

    private boolean answer(int question) {
        int bit = 1 << question;
        if ((asked & bit) == 0) {
            if (ask(question)) {
                yes |= bit;
            }
            asked |= bit;
        }
        return (yes & bit) != 0;
    }

    private boolean ask(int question) {
        return switch (question) {
            case FIRST_NAME -> LEXICON.isFirstName(lower);
            case INTERNATIONAL_FIRST_NAME -> LEXICON.isInternationalFirstName(lower);
            case SURNAME -> LEXICON.isSurname(lower);
            case SURNAME_IN_LIST -> LEXICON.isSurnameInList(lower);
            case INTERNATIONAL_SURNAME -> LEXICON.isInternationalSurname(lower);
            case IN_LIST -> isFirstName() || isInternationalFirstName() || isSurname() || isInternationalSurname();
            case EXACT_NAME -> LEXICON.isExactName(lower);
            case NOT_NAME -> LEXICON.isNotName(lower);
            case NOT_NAME_PHRASE_START -> LEXICON.startsNotNamePhrase(lower);
            case PARTICLE -> LEXICON.isParticle(text);
            case GREETING -> LEXICON.isGreeting(lower);
            case CUE -> LEXICON.isCue(lower);
            case CUE_PHRASE_START -> LEXICON.startsCuePhrase(lower);
            case ORDINARY -> OrdinaryWords.isWord(text.toLowerCase(Locale.ROOT));
            case COMPOUND_NOUN -> compoundNoun();
            case ALL_LOWER_CASE -> allLetters(true);
            case ALL_UPPER_CASE -> allLetters(false);
            default -> throw new IllegalArgumentException("question " + question);
        };
    }

    private boolean compoundNoun() {
        String lowerCase = text.toLowerCase(Locale.ROOT);
        if (!(lowerCase.endsWith("en") || lowerCase.endsWith("et") || lowerCase.endsWith("na")) || isInList()) {
            return false;
        }
        for (int cut = Math.max(2, lowerCase.length() - MAX_TAIL); cut <= lowerCase.length() - MIN_TAIL; cut++) {
            if (OrdinaryWords.isWord(lowerCase.substring(cut))) {
                return true;
            }
        }
        return false;
    }

    private boolean allLetters(boolean lowerCase) {
        if (text.length() < 2) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c) && (lowerCase ? !Character.isLowerCase(c) : !Character.isUpperCase(c))) {
                return false;
            }
        }
        return true;
    }
}
