package se.precheck.detect.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The name lists under {@code lexicon/names/}, loaded once, and the questions the detector asks
 * about one word. Every lookup also tries the genitive without its final s (Annas, Johanssons).
 */
final class NameLexicon {

    private static final String DIR = "lexicon/names/";

    /** Arabic article and patronymic prefixes written with a hyphen: Al-Sayed, El-Amin, Abu-Bakr. */
    private static final Set<String> NAME_PREFIXES = Set.of("al", "el", "abu", "bin", "ben", "ibn");

    enum Ending { NONE, WEAK, STRONG }

    private final Set<String> firstNames = lowerSet(WordList.read(DIR + "first-names.txt"));
    private final Set<String> internationalFirstNames = lowerSet(WordList.read(DIR + "first-names-international.txt"));
    private final Set<String> surnames = lowerSet(WordList.read(DIR + "surnames.txt"));
    private final Set<String> internationalSurnames = lowerSet(WordList.read(DIR + "surnames-international.txt"));
    private final Set<String> notNames = lowerSet(WordList.read(DIR + "not-names.txt"));
    /** Two-word entries of not-names.txt (lex Sarah, Los Angeles); single words are in {@link #notNames}. */
    private final Set<String> notNamePhrases = Set.copyOf(notNames.stream().filter(t -> t.indexOf(' ') > 0).toList());
    private final Set<String> notNamePhraseStarts = Set.copyOf(notNamePhrases.stream().map(t -> t.substring(0, t.indexOf(' '))).toList());
    private final Set<String> particles = lowerSet(WordList.read(DIR + "particles.txt"));
    private final Set<String> greetings = lowerSet(WordList.read(DIR + "greetings.txt"));
    private final Set<String> cues = new HashSet<>();
    /** The first word of every cue and cue prefix: a two-word cue starts with one of them. */
    private final Set<String> cuePhraseStarts = new HashSet<>();
    private final List<String> cuePrefixes;
    private final List<String> cueSuffixes;
    private final Map<String, Ending> endings = new HashMap<>();
    private final int longestEnding;

    private static final NameLexicon INSTANCE = new NameLexicon();

    private NameLexicon() {
        List<String> prefixes = new java.util.ArrayList<>();
        List<String> suffixes = new java.util.ArrayList<>();
        for (String cue : WordList.read(DIR + "cue-words.txt")) {
            String c = lower(cue);
            if (c.startsWith("*")) {
                suffixes.add(c.substring(1));
            } else if (c.endsWith("*")) {
                prefixes.add(c.substring(0, c.length() - 1));
            } else {
                cues.add(c);
            }
        }
        cuePrefixes = List.copyOf(prefixes);
        cueSuffixes = List.copyOf(suffixes);
        for (String c : cues) {
            cuePhraseStarts.add(c.indexOf(' ') > 0 ? c.substring(0, c.indexOf(' ')) : c);
        }
        for (String prefix : prefixes) {
            cuePhraseStarts.add(prefix.indexOf(' ') > 0 ? prefix.substring(0, prefix.indexOf(' ')) : prefix);
        }
        int longest = 0;
        for (String line : WordList.read(DIR + "surname-endings.txt")) {
            String[] parts = line.split("\\s+");
            String ending = parts[0].toLowerCase(Locale.ROOT);
            endings.put(ending, parts.length > 1 && parts[1].equals("strong") ? Ending.STRONG : Ending.WEAK);
            longest = Math.max(longest, ending.length());
        }
        longestEnding = longest;
    }

    static NameLexicon get() {
        return INSTANCE;
    }

    /** The first-name list as looked up (see {@link #key}). */
    Set<String> firstNames() {
        return firstNames;
    }

    /** Every entry of the four name lists, as looked up. */
    Set<String> listedNames() {
        Set<String> out = new HashSet<>(firstNames);
        out.addAll(internationalFirstNames);
        out.addAll(surnames);
        out.addAll(internationalSurnames);
        return out;
    }

    /** The first words of the two-word not-names, as looked up. */
    Set<String> notNamePhraseStarts() {
        return notNamePhraseStarts;
    }

    /** A first name from the Swedish lists; a double name counts when every part does (Anna-Karin). */
    boolean isFirstName(String word) {
        return inSetOrParts(firstNames, lower(word), true);
    }

    boolean isInternationalFirstName(String word) {
        return inSetOrParts(internationalFirstNames, lower(word), true);
    }

    /** A listed surname, a double surname with a listed part, or a prefixed one (Al-Sayed). */
    boolean isSurname(String word) {
        String w = lower(word);
        if (inSetOrParts(surnames, w, false)) {
            return true;
        }
        int dash = w.indexOf('-');
        return dash > 0 && dash < w.length() - 2 && NAME_PREFIXES.contains(w.substring(0, dash));
    }

    /** A listed surname (or a double surname with a listed part), not just a prefixed form. */
    boolean isSurnameInList(String word) {
        return inSetOrParts(surnames, lower(word), false);
    }

    Ending surnameEnding(String word) {
        String w = lower(word);
        int dash = w.lastIndexOf('-');
        if (dash >= 0) {
            w = w.substring(dash + 1);
        }
        Ending best = Ending.NONE;
        for (String candidate : List.of(w, stripGenitive(w))) {
            for (int len = Math.min(longestEnding, candidate.length() - 2); len >= 2; len--) {
                Ending e = endings.get(candidate.substring(candidate.length() - len));
                if (e != null && e.compareTo(best) > 0) {
                    best = e;
                }
            }
        }
        return best;
    }

    boolean isInternationalSurname(String word) {
        return inSetOrParts(internationalSurnames, lower(word), false);
    }

    /** In any of the name lists, or with a strong surname ending. */
    boolean isListedName(String word) {
        return isInList(word) || surnameEnding(word) == Ending.STRONG;
    }

    /** In any of the name lists. */
    boolean isInList(String word) {
        return isFirstName(word) || isInternationalFirstName(word) || isSurname(word) || isInternationalSurname(word);
    }

    /** In one of the name lists exactly as written, without reading a final s as a genitive. */
    boolean isExactName(String word) {
        String w = lower(word);
        return firstNames.contains(w) || internationalFirstNames.contains(w) || surnames.contains(w) || internationalSurnames.contains(w);
    }

    boolean isNotName(String word) {
        String w = lower(word);
        return notNames.contains(w) || notNames.contains(stripGenitive(w));
    }

    /** Two words that together are a place, a work or a legal term, not a person (Lex Sarah). */
    boolean isNotNamePhrase(String first, String second) {
        String one = lower(first);
        // Most words start no phrase: answered without building the two-word key.
        return notNamePhraseStarts.contains(one) && notNamePhrases.contains(one + " " + lower(second));
    }

    /** The first word of a two-word not-name: only then can {@link #isNotNamePhrase} be true. */
    boolean startsNotNamePhrase(String word) {
        return notNamePhraseStarts.contains(lower(word));
    }

    boolean isParticle(String word) {
        return particles.contains(word);
    }

    boolean isGreeting(String word) {
        return greetings.contains(lower(word));
    }

    /**
     * The first word (lower case, see {@link #key}) of a two-word cue ("god man", "personlig
     * assistent"): a cue, or a cue prefix, begins with it. Only then is the phrase looked up with
     * {@link #isCue(String)}.
     */
    boolean startsCuePhrase(String first) {
        return cuePhraseStarts.contains(first) || startsWithCuePrefix(first);
    }

    private boolean startsWithCuePrefix(String word) {
        for (String prefix : cuePrefixes) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** A role, title, kinship or reporting word that puts a name right after it; {@code phrase} is lower case. */
    boolean isCue(String phrase) {
        if (cues.contains(phrase)) {
            return true;
        }
        for (String prefix : cuePrefixes) {
            if (phrase.startsWith(prefix)) {
                return true;
            }
        }
        for (String suffix : cueSuffixes) {
            if (phrase.length() > suffix.length() + 1 && phrase.endsWith(suffix) && phrase.indexOf(' ') < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean inSetOrParts(Set<String> set, String w, boolean allParts) {
        if (set.contains(w) || set.contains(stripGenitive(w))) {
            return true;
        }
        if (w.indexOf('-') < 0) {
            return false;
        }
        String[] parts = w.split("-");
        int hits = 0;
        for (String p : parts) {
            if (set.contains(p) || set.contains(stripGenitive(p))) {
                hits++;
            }
        }
        return allParts ? hits == parts.length : hits > 0;
    }

    private static String stripGenitive(String w) {
        return w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /**
     * A word as the lists hold it (lower case, straight apostrophe). The questions above give the same
     * answer for a word and its key, so a caller asking many of them makes the key once.
     */
    static String key(String word) {
        return lower(word);
    }

    private static Set<String> lowerSet(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(lower(w));
        }
        return Set.copyOf(out);
    }
}
