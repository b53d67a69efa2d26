package se.precheck.detect.sensitive;

import java.util.HashSet;
import java.util.Set;

/**
 * Decides whether a term found in the text is about an identifiable person or about a topic or a
 * population. It looks in a bounded window of words around the term for a person: a pronoun, a
 * role or family word ("brukaren", "eleven", "min kollega"), the writer ("jag har diabetes"), a
 * name-like capitalised word or a personnummer-like number; and for topic words ("andelen",
 * "föreläsning om", "kostnaden för") that make the term general. All word lists are data.
 */
final class PersonReference {

    /** What tied the term to a person, or why it was not. Names go into a finding's evidence. */
    enum Link {
        PRONOUN, ROLE, FIRST_PERSON, NAME, ID_NUMBER, AGE, CHAIN, TOPIC, NONE;

        boolean isPerson() {
            return this != TOPIC && this != NONE;
        }
    }

    /** How far a strong term may look (words); a weak term looks half as far and never past its sentence. */
    static final int WORDS_BEFORE = 14;
    static final int WORDS_AFTER = 10;
    /** A topic word this close before the term, with no person in between, makes it general. */
    static final int TOPIC_WORDS_BEFORE = 6;
    private static final int LONGEST_NAME = 30;
    /** The writer counts only this close, and not when the term is what the text is about ("jag skriver om demens"). */
    static final int FIRST_PERSON_WORDS = 6;
    /** A weak term trusts a name-like word only this close: capitalised words are a weaker sign than "hon". */
    static final int WEAK_NAME_WORDS = 4;

    private static final String DIR = "lexicon/sensitive/person/";

    private final Set<String> pronouns;
    private final Set<String> firstPerson;
    private final Set<String> roles;
    /** The first and the last words of two-word roles ("den", "enskilde"): only these need the pair looked up. */
    private final Set<String> roleFirstWords;
    private final Set<String> roleLastWords;
    private final WordSet topicWords;
    private final WordSet titleTails;
    private final Set<String> notNames;
    private final Set<String> placePrepositions;
    private final Set<String> notNameEndings;
    private final Set<String> aboutWords;
    private final Set<String> ageRangeWords;
    private final Set<String> guidanceOpeners;
    private final Set<String> generalRequests;
    private final Set<String> workWords;
    private final CommonWords common;

    private PersonReference() {
        pronouns = words("pronouns.txt");
        firstPerson = words("first-person.txt");
        roles = words("roles.txt");
        roleFirstWords = roles.stream().filter(r -> r.contains(" ")).map(r -> r.substring(0, r.indexOf(' ')))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        roleLastWords = roles.stream().filter(r -> r.contains(" ")).map(r -> r.substring(r.lastIndexOf(' ') + 1))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        topicWords = new WordSet(words("topic-words.txt"));
        titleTails = new WordSet(words("title-tails.txt"));
        notNames = words("not-names.txt");
        placePrepositions = words("place-prepositions.txt");
        notNameEndings = words("not-name-endings.txt");
        aboutWords = words("about-words.txt");
        ageRangeWords = words("age-range-words.txt");
        guidanceOpeners = words("guidance-openers.txt");
        generalRequests = words("general-request.txt");
        workWords = words("work-words.txt");
        common = CommonWords.get();
    }

    private static final class Holder {
        static final PersonReference INSTANCE = new PersonReference();
    }

    static PersonReference get() {
        return Holder.INSTANCE;
    }

    /**
     * The link between the term at tokens {@code [first, last]} and a person.
     *
     * @param strong a strong term may look back one sentence; a weak one stays in its own
     */
    Link find(Tokens t, int first, int last, boolean strong) {
        Link link = findLink(t, first, last, strong);
        return link == Link.ROLE && isConditionalRule(t, first) ? Link.TOPIC : link;
    }

    /** Words that open a conditional rule, and the modal verbs that make it one. Tiny fixed sets. */
    private static final Set<String> CONDITIONAL_OPENERS = Set.of("om", "när", "if", "when");
    private static final Set<String> MODALS = Set.of("ska", "skall", "bör", "måste", "should", "must", "shall");
    private static final int LONGEST_SENTENCE = 40;

    /**
     * "Om brukaren har trygghetslarm ska personalen testa larmet", "När en orosanmälan kommer in
     * ska barnet få komma till tals": a role word in a conditional rule is anyone in that role,
     * as in a routine or a guideline, not an identifiable person. (A pronoun still ties.)
     */
    private static boolean isConditionalRule(Tokens t, int first) {
        int start = first;
        while (start > 0 && !t.sentenceBefore[start] && first - start < LONGEST_SENTENCE) start--;
        if (!t.sentenceBefore[start] && start != 0) return false;
        if (!CONDITIONAL_OPENERS.contains(t.lower(start))) return false;
        for (int i = start + 1; i < t.size && i - start < LONGEST_SENTENCE && !t.sentenceBefore[i]; i++) {
            if (MODALS.contains(t.lower(i))) return true;
        }
        return false;
    }

    private Link findLink(Tokens t, int first, int last, boolean strong) {
        if (isTitle(t, last) || isUnitName(t, last) || (!strong && isTitleBeforeName(t, last)) || isAmongPopulation(t, last)
                || isWorkplace(t, first) || isPlaceGenitiveBefore(t, first)) {
            return Link.TOPIC;
        }
        for (int i = first; i <= last; i++) {
            // "hon är med i facket", "facket företräder honom", "placeringen av barnet": the term names its person
            Link inside = classify(t, i, first, last);
            if (inside == Link.PRONOUN || inside == Link.ROLE) return inside;
        }
        int before = strong ? WORDS_BEFORE : WORDS_BEFORE / 2;
        int after = strong ? WORDS_AFTER : WORDS_AFTER / 2;
        int sentencesBack = strong ? 1 : 0;
        Link nearestBefore = Link.NONE;
        int crossed = 0;
        // "Mats på tekniska förvaltningen som åtalats …": after a relative "som" the term is said of
        // the one named before, so a topic word in between does not make it general.
        boolean relative = first > 0 && !t.sentenceBefore[first] && t.lower(first - 1).equals("som");
        // Numbers (dates, personnummer written in groups) do not count as words: "Lukas, född
        // 2013-09-08, 1309 08 2392, börjar …" is as close as "Lukas börjar …".
        boolean crossedFullStop = false;
        for (int i = first - 1, n = 0; i >= 0 && n < before; i--, n += isNumber(t, i + 1) ? 0 : 1) {
            if (t.sentenceBefore[i + 1]) {
                if (t.paragraphBefore[i + 1] || ++crossed > sentencesBack) break;
                crossedFullStop = !lineBetween(t, i);
            }
            if (crossed == 0 && isGenericSubject(t, i)) break;
            Link l = classify(t, i, first, last);
            // "var tredje flicka uppger att hon har sömnsvårigheter": the pronoun points back at a population.
            if (crossed == 0 && (l == Link.PRONOUN || l == Link.ROLE) && genericSubjectEarlier(t, i)) break;
            // "var man hittar sin lönespecifikation": a reflexive after the generic "man" is anyone.
            if (crossed == 0 && l == Link.PRONOUN && REFLEXIVES.contains(t.lower(i)) && genericManEarlier(t, i)) break;
            // A capitalised word in the sentence before is too weak a sign ("Vi firar Pride … .
            // Hemtjänsten i norra området …"); a pronoun, a role or an ID there still counts.
            if (l.isPerson() && (strong || l != Link.NAME || n < WEAK_NAME_WORDS)
                    && (l != Link.NAME || !crossedFullStop || isSubject(t, i))
                    && (l != Link.FIRST_PERSON || n < FIRST_PERSON_WORDS)) {
                nearestBefore = l;
                break;
            }
            if (crossed == 0 && !relative && n < TOPIC_WORDS_BEFORE && isTopicWord(t, i)) {
                if (!strong) return Link.TOPIC;
                Link following = roleAfter(t, last);
                return following == Link.TOPIC && idInParagraph(t, first, last) ? Link.ID_NUMBER : following;
            }
        }
        // "jag behöver hjälp med en begäran om DNA-analys för barnet": the writer asks about the
        // term, but a person after it may still be the one it is about.
        boolean writerAsks = nearestBefore == Link.FIRST_PERSON && aboutTopic(t, first);
        if (nearestBefore.isPerson() && !writerAsks) {
            return nearestBefore;
        }
        for (int i = last + 1, n = 0; i < t.size && n < after; i++, n++) {
            if (t.sentenceBefore[i] || isGenericSubject(t, i)) break;
            Link l = classify(t, i, first, last);
            if (l == Link.FIRST_PERSON) continue;
            if (l.isPerson() && (strong || l != Link.NAME || n < WEAK_NAME_WORDS)) return l;
        }
        if (writerAsks) {
            return Link.TOPIC;
        }
        if (strong && idInParagraph(t, first, last)) {
            return Link.ID_NUMBER;
        }
        return Link.NONE;
    }

    /**
     * After a topic word ("skriv en begäran om DNA-analys …") the term is general unless a role,
     * a pronoun or an ID follows it in its sentence ("… i faderskapsutredningen för barnet
     * Melvin"); a name alone there is more often the addressee than the subject.
     */
    private Link roleAfter(Tokens t, int last) {
        for (int i = last + 1, n = 0; i < t.size && n < WORDS_AFTER; i++, n++) {
            if (t.sentenceBefore[i]) break;
            Link l = classify(t, i, last + 1, last);
            if (l == Link.ROLE || l == Link.PRONOUN || l == Link.ID_NUMBER) return l;
        }
        return Link.TOPIC;
    }

    /** How far (words) a strong term looks for a personnummer in its own paragraph (a record, a journal note). */
    static final int PARAGRAPH_WORDS = 60;

    /**
     * A personnummer in the same paragraph: a record ("Pnr: …", "Diagnos: …", "Medicin: …") or a
     * journal note is about the person it identifies, however its lines are broken.
     */
    private static boolean idInParagraph(Tokens t, int first, int last) {
        for (int i = first - 1, n = 0; i >= 0 && n < PARAGRAPH_WORDS && !t.paragraphBefore[i + 1]; i--, n++) {
            if (isIdNumber(t, i)) return true;
        }
        for (int i = last + 1, n = 0; i < t.size && n < PARAGRAPH_WORDS && !t.paragraphBefore[i]; i++, n++) {
            if (isIdNumber(t, i)) return true;
        }
        return false;
    }

    /**
     * "Enhet: Hemtjänst Norr", "undersköterska hemtjänsten Söder", "BUP Falun, …": the term and one
     * capitalised word end a line or a list item, so together they name a unit, not a service
     * someone gets (and the capitalised word is not a person).
     */
    private static boolean isUnitName(Tokens t, int last) {
        if (LINKING_WORDS.contains(t.lower(last))) {
            return false; // "sympatiserar med Sverigedemokraterna,": the capitalised word is the object, not a unit
        }
        int next = last + 1;
        if (next >= t.size || t.sentenceBefore[next] || t.start[next] != t.end[last] + 1 || t.after(last) != ' ') {
            return false;
        }
        String word = t.word(next);
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || !Character.isLowerCase(word.charAt(word.length() - 1))) {
            return false;
        }
        char end = t.after(next);
        return end == 0 || end == '\n' || end == '\r' || end == ',' || end == ')' || end == ';';
    }

    /** Prepositions between a work word and its workplace ("arbetar på", "anställd inom"). A tiny fixed set. */
    private static final Set<String> WORKPLACE_PREPOSITIONS = Set.of("på", "i", "inom", "vid", "hos", "med", "at", "in", "within", "with");

    /** "jobbar i hemtjänsten", "vikarie på HVB-hemmet", "arbetat med LSS", "works at the shelter": where or with what someone works. */
    private boolean isWorkplace(Tokens t, int first) {
        int prep = first - 1;
        if (prep > 0 && !t.sentenceBefore[first] && (t.lower(prep).equals("the") || t.lower(prep).equals("en") || t.lower(prep).equals("ett"))) {
            prep--; // "works at the shelter", "jobbar på ett HVB"
        }
        return prep >= 1 && !t.sentenceBefore[prep + 1] && !t.sentenceBefore[prep]
                && WORKPLACE_PREPOSITIONS.contains(t.lower(prep)) && workWords.contains(t.lower(prep - 1));
    }

    /**
     * "Åsgatans gruppbostad", "Björkgårdens demensboende": a place-like name in the genitive before
     * the term names the unit (a person's genitive, "Olles hemtjänst", is not place-like).
     */
    private boolean isPlaceGenitiveBefore(Tokens t, int first) {
        int i = first - 1;
        if (i < 0 || t.sentenceBefore[first] || t.end[i] + 1 != t.start[first]) return false;
        int len = t.end[i] - t.start[i];
        if (len < 4 || !Character.isUpperCase(t.text.charAt(t.start[i])) || t.text.charAt(t.end[i] - 1) != 's') return false;
        String lower = t.lower(i);
        for (String ending : notNameEndings) {
            int at = len - 1 - ending.length(); // the ending right before the genitive s
            if (ending.length() > 3 && at > 0 && lower.startsWith(ending, at)) return true;
        }
        return false;
    }

    /** Words a phrase term may end in; the capitalised word after them is their object. A tiny fixed set. */
    private static final Set<String> LINKING_WORDS = Set.of("med", "i", "på", "av", "för", "hos", "till", "från", "om", "with", "of", "in");

    /** The words before "som" that make a generic subject ("den som", "de som", "alla som", "var och en som"). */
    private static final Set<String> GENERIC_BEFORE_SOM = Set.of("den", "de", "dem", "alla", "en", "var", "envar", "du", "ni", "those", "anyone", "you");

    /**
     * "Enligt 4 kap. 1 § socialtjänstlagen har den som inte själv kan tillgodose sina behov rätt
     * till bistånd": the law speaks of anyone, and the pronouns that follow point back at that
     * generic subject, not at a person.
     */
    private static boolean isGenericSubject(Tokens t, int i) {
        if (i > 0 && t.end[i] - t.start[i] == 3 && !t.sentenceBefore[i] // cheap length test first: called for every word passed
                && (t.lower(i).equals("som") || t.lower(i).equals("who"))
                && GENERIC_BEFORE_SOM.contains(t.lower(i - 1))) {
            return true;
        }
        return isQuantifier(t, i);
    }

    /** Words that make the role after them anyone of a population ("varje brukare", "var tredje flicka"). Tiny fixed sets. */
    private static final Set<String> QUANTIFIERS = Set.of("varannan", "vartannat", "varje", "varenda", "every", "each");
    private static final Set<String> ORDINALS = Set.of("tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde");

    /** "varannan", "varje", "var tredje": a statistic or a rule about everyone in a role. */
    private static boolean isQuantifier(Tokens t, int i) {
        int len = t.end[i] - t.start[i];
        if (len < 4 || len > 9) return false;
        String w = t.lower(i);
        return QUANTIFIERS.contains(w)
                || (ORDINALS.contains(w) && i > 0 && !t.sentenceBefore[i] && t.lower(i - 1).equals("var"));
    }

    private static final Set<String> REFLEXIVES = Set.of("sin", "sitt", "sina", "själv");
    /** Words before "man" that make it a noun ("en man", "ingen man"), not the generic pronoun. A tiny fixed set. */
    private static final Set<String> BEFORE_MAN_NOUN = Set.of("en", "ingen", "den", "denne", "äldre", "ung", "okänd", "annan");

    /** The generic pronoun "man" earlier in the sentence of word {@code i}. */
    private static boolean genericManEarlier(Tokens t, int i) {
        for (int k = i - 1; k >= 0 && i - k < LONGEST_SENTENCE && !t.sentenceBefore[k + 1]; k--) {
            if (t.end[k] - t.start[k] == 3 && t.lower(k).equals("man")
                    && (k == 0 || t.sentenceBefore[k] || !BEFORE_MAN_NOUN.contains(t.lower(k - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** A generic subject earlier in the sentence of word {@code i} ("de som", "var tredje flicka"). */
    private static boolean genericSubjectEarlier(Tokens t, int i) {
        for (int k = i - 1; k >= 0 && i - k < LONGEST_SENTENCE && !t.sentenceBefore[k + 1]; k--) {
            if (isGenericSubject(t, k)) return true;
        }
        return false;
    }

    /** Words after a term that make it about a population ("ångest bland unga", "among young people"); not "bland annat". */
    private static boolean isAmongPopulation(Tokens t, int last) {
        int next = last + 1;
        if (next + 1 >= t.size || t.sentenceBefore[next] || t.sentenceBefore[next + 1]) return false;
        String w = t.lower(next);
        if (!w.equals("bland") && !w.equals("among")) return false;
        String after = t.lower(next + 1);
        return !after.equals("annat") && !after.equals("andra") && !after.equals("other") && !after.equals("others");
    }

    /**
     * Whether the text opens as a routine, a guideline, training material or a template ("Rutin för
     * rehabilitering: Chefen ska …"), or says that it asks in general: then a role word or a
     * pronoun in it is anyone in that role.
     */
    boolean opensAsGuidance(String text) {
        return opensWithGuidanceWord(text) || saysItAsksInGeneral(text);
    }

    /** Whether the text says in so many words that it is not about a case ("utan att ta ställning i något enskilt fall"). */
    private boolean saysItAsksInGeneral(String text) {
        String lower = Lexicon.lowerCase(text);
        for (String phrase : generalRequests) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    private boolean opensWithGuidanceWord(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && !Character.isLetter(text.charAt(i)) && i < LONGEST_NAME) i++;
        int s = i;
        while (i < n && Character.isLetter(text.charAt(i)) && i - s <= LONGEST_NAME) i++;
        return i > s && guidanceOpeners.contains(Lexicon.lowerCase(text.subSequence(s, i)));
    }

    /** A line break between token i and the next: a record or a list, not running prose. */
    private static boolean lineBetween(Tokens t, int i) {
        for (int k = t.end[i]; k < t.start[i + 1]; k++) {
            char c = t.text.charAt(k);
            if (c == '\n' || c == '\r') return true;
        }
        return false;
    }

    /**
     * One of the first two words of its sentence: where the subject stands ("Lukas börjar hos oss.
     * Förra skolan skickade en orosanmälan"), not an addressee or an event ("Tack, Birgitta!",
     * "Vi firar Pride.").
     */
    private static boolean isSubject(Tokens t, int i) {
        return i == 0 || t.sentenceBefore[i] || t.sentenceBefore[i - 1];
    }

    /**
     * "Kontaktperson Ulf Bergman", "handläggare Eva": an ambiguous term written right before a name
     * is that person's title or function, not a service the person gets.
     */
    private boolean isTitleBeforeName(Tokens t, int last) {
        int next = last + 1;
        return next < t.size && !t.sentenceBefore[next] && t.start[next] == t.end[last] + 1 && t.after(last) == ' '
                && t.end[next] - t.start[next] > 2 && t.after(next) != '.' // not an abbreviation ("Fr.o.m.")
                && classify(t, next, last + 1, last) == Link.NAME;
    }

    /** "LSS-handläggare", "BUP-mottagningen": the term is the first part of a title or a unit. */
    private boolean isTitle(Tokens t, int last) {
        if (last + 1 >= t.size || t.start[last + 1] != t.end[last] + 1) return false;
        char between = t.after(last);
        // "LSS handläggare", "the LSS coordinator": an abbreviation before a title word is a title even without the hyphen
        return (between == '-' || (between == ' ' && isCapitalAbbreviation(t, last))) && titleTails.matches(t.lower(last + 1));
    }

    private static boolean isCapitalAbbreviation(Tokens t, int i) {
        int len = t.end[i] - t.start[i];
        if (len < 2 || len > 5) return false;
        for (int k = t.start[i]; k < t.end[i]; k++) {
            if (!Character.isUpperCase(t.text.charAt(k))) return false;
        }
        return true;
    }

    /** "… om ADHD", "… kring demens": the term is the subject matter of the writer's request. */
    private boolean aboutTopic(Tokens t, int first) {
        return first > 0 && !t.sentenceBefore[first] && aboutWords.contains(t.lower(first - 1));
    }

    private static final Link[] LINKS = Link.values();
    /** In a token's remembered class: the word may start a two-word role ("den" in "den enskilde"). */
    private static final int MAY_START_ROLE = 0x40;

    /**
     * The person a word points to. What does not depend on the term is decided once per word and
     * remembered in the tokens (a word is looked at again for every term near it); only whether it
     * starts a two-word role before the term depends on where the term is.
     */
    private Link classify(Tokens t, int i, int first, int last) {
        int before = t.linkBefore[i];
        if (before == 0) {
            before = classifyWord(t, i);
            t.linkBefore[i] = (byte) before;
        }
        Link own = LINKS[(before & ~MAY_START_ROLE) - 1];
        if (own != Link.NONE) return own;
        if ((before & MAY_START_ROLE) != 0 && i + 1 < t.size && i + 1 < first
                && roles.contains(t.lower(i) + " " + t.lower(i + 1))) return Link.ROLE;
        if (t.linkAfter[i] == 0) {
            t.linkAfter[i] = (byte) (classifyInContext(t, i).ordinal() + 1);
        }
        return LINKS[t.linkAfter[i] - 1];
    }

    /** Pronoun, the writer or a one-word role, and whether the word may start a two-word role (as a code for Tokens). */
    private int classifyWord(Tokens t, int i) {
        String lower = t.lower(i);
        Link own = Link.NONE;
        if (pronouns.contains(lower)) own = Link.PRONOUN;
        else if (firstPerson.contains(lower)) own = Link.FIRST_PERSON;
        else if (roles.contains(lower)) own = Link.ROLE;
        return (own.ordinal() + 1) | (roleFirstWords.contains(lower) ? MAY_START_ROLE : 0);
    }

    /** The end of a two-word role, an ID, an age or a name. */
    private Link classifyInContext(Tokens t, int i) {
        String lower = t.lower(i);
        if (i > 0 && roleLastWords.contains(lower) && roles.contains(t.lower(i - 1) + " " + lower)) return Link.ROLE;
        if (isIdNumber(t, i)) return Link.ID_NUMBER;
        if (isAge(t, i)) return Link.AGE;
        if (isNameLike(t, i)) return Link.NAME;
        return Link.NONE;
    }

    private boolean isTopicWord(Tokens t, int i) {
        if (t.topicWord[i] == 0) {
            t.topicWord[i] = (byte) (topicWords.matches(t.lower(i)) ? 2 : 1);
        }
        return t.topicWord[i] == 2;
    }

    private static boolean isNumber(Tokens t, int i) {
        return i < t.size && t.allDigits(i);
    }

    /** 10 or 12 digits, or 6/8 digits then '-' or '+' and four digits or a mask ("850314-XXXX"). */
    private static boolean isIdNumber(Tokens t, int i) {
        int len = t.end[i] - t.start[i];
        if (!t.allDigits(i)) return false;
        if (len == 10 || len == 12) return true;
        if ((len == 6 || len == 8) && (t.after(i) == '-' || t.after(i) == '+') && i + 1 < t.size
                && t.start[i + 1] == t.end[i] + 1 && t.end[i + 1] - t.start[i + 1] == 4) {
            return true;
        }
        return false;
    }

    /** "8 år", "15-årig", "15-åringen": one person's age; not "under 18 år" or "65 år och äldre". */
    private boolean isAge(Tokens t, int i) {
        int len = t.end[i] - t.start[i];
        if (len > 3 || !t.allDigits(i) || i + 1 >= t.size) return false;
        String next = t.lower(i + 1);
        boolean age = next.equals("år") || next.startsWith("årig") || next.startsWith("åring");
        if (!age || (i > 0 && ageRangeWords.contains(t.lower(i - 1)))) return false;
        if (next.equals("år") && isDuration(t, i + 2)) return false;
        return !(i + 3 < t.size && t.lower(i + 2).equals("och") && ageRangeWords.contains(t.lower(i + 3)));
    }

    /** Words after "N år" that make it a length of time, not an age ("12 år i hemtjänst", "6 år som undersköterska"). */
    private static final Set<String> DURATION_WORDS = Set.of("i", "inom", "som", "hos", "vid");

    /** "12 år i hemtjänst", "6 år som undersköterska": years of work, not a person's age ("8 år i dag" still is one). */
    private static boolean isDuration(Tokens t, int afterYears) {
        if (afterYears >= t.size || t.sentenceBefore[afterYears] || !DURATION_WORDS.contains(t.lower(afterYears))) return false;
        return !(afterYears + 1 < t.size && t.lower(afterYears + 1).equals("dag"));
    }

    /**
     * Capitalised, not all capitals, not an ordinary word, not a known organisation or place, not
     * after "i"/"på" (places). Mid-sentence a capitalised dictionary entry ("Per", "Eva") counts too.
     */
    private boolean isNameLike(Tokens t, int i) {
        int len = t.end[i] - t.start[i];
        if (len < 2 || len > LONGEST_NAME) return false;
        String word = t.word(i);
        if (!Character.isUpperCase(word.charAt(0)) || !Character.isLowerCase(word.charAt(len - 1))) return false;
        for (int k = 1; k < len; k++) {
            if (!Character.isLetter(word.charAt(k)) || Character.isUpperCase(word.charAt(k))) return false;
        }
        String lower = t.lower(i);
        if (notNames.contains(lower) || (i > 0 && placePrepositions.contains(t.lower(i - 1)))) return false;
        String base = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
        if (notNames.contains(base)) return false;
        boolean initial = t.sentenceBefore[i] || (i > 0 && t.text.charAt(t.start[i] - 1) == '"');
        for (String ending : notNameEndings) {
            if (lower.endsWith(ending)) return false;
        }
        if (!common.isOrdinary(lower)) return true;
        return common.isCapitalisedEntry(word) && (!initial || !common.isLowerCaseEntry(lower));
    }

    /** Whole words, and prefixes written with a trailing '*'. */
    private record WordSet(Set<String> whole, Set<String> prefixes) {
        private static final int LONGEST_PREFIX = 16;

        WordSet(Set<String> words) {
            this(words.stream().filter(w -> !w.endsWith("*")).collect(java.util.stream.Collectors.toUnmodifiableSet()),
                    words.stream().filter(w -> w.endsWith("*")).map(w -> w.substring(0, w.length() - 1))
                            .collect(java.util.stream.Collectors.toUnmodifiableSet()));
        }

        boolean matches(String lower) {
            if (whole.contains(lower)) return true;
            for (int k = 3; k <= lower.length() && k <= LONGEST_PREFIX; k++) {
                if (prefixes.contains(lower.substring(0, k))) return true;
            }
            return false;
        }
    }

    private static Set<String> words(String file) {
        Set<String> out = new HashSet<>();
        for (String line : Lexicon.readLines(DIR + file)) {
            int hash = line.indexOf('#');
            String w = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (!w.isEmpty()) out.add(Lexicon.lowerCase(w.replaceAll("\\s+", " ")));
        }
        return Set.copyOf(out);
    }
}
