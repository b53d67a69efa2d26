package se.precheck.detect.sensitive;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.sv.SwedishLightStemmer;

/**
 * Swedish words from the Hunspell dictionary on the classpath (Den stora svenska ordlistan, via
 * LanguageTool): which words are ordinary lower-case words, and which are written capitalised
 * (first names, places, organisations). Loaded once, on first use; immutable.
 */
final class CommonWords {

    private static final String DICTIONARY = "org/languagetool/resource/sv/hunspell/sv_SE.dic";
    /** A compound's last part must be at least this long to count ("Lind|berg" stays a name). */
    private static final int SHORTEST_COMPOUND_TAIL = 5;
    private static final int SHORTEST_COMPOUND_HEAD = 3;

    private final Set<String> lowerCase;
    private final Set<String> capitalised;

    private CommonWords(Set<String> lowerCase, Set<String> capitalised) {
        this.lowerCase = lowerCase;
        this.capitalised = capitalised;
    }

    private static final class Holder {
        static final CommonWords INSTANCE = load();
    }

    static CommonWords get() {
        return Holder.INSTANCE;
    }

    private static CommonWords load() {
        Set<String> lower = new HashSet<>(200_000);
        Set<String> caps = new HashSet<>(20_000);
        List<String> lines = Lexicon.readLines(DICTIONARY);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int slash = line.indexOf('/');
            String word = (slash < 0 ? line : line.substring(0, slash)).strip();
            if (word.isEmpty()) continue;
            if (Character.isUpperCase(word.charAt(0))) caps.add(word);
            else lower.add(word);
        }
        return new CommonWords(Set.copyOf(lower), Set.copyOf(caps));
    }

    /** An ordinary word in some inflected form or as a compound of two ordinary words ("Socialtjänsten"). */
    boolean isOrdinary(String lower) {
        if (known(lower)) {
            return true;
        }
        for (int split = SHORTEST_COMPOUND_HEAD; split <= lower.length() - SHORTEST_COMPOUND_TAIL; split++) {
            String head = lower.substring(0, split);
            String tail = lower.substring(split);
            boolean headOk = lowerCase.contains(head) || (head.endsWith("s") && lowerCase.contains(head.substring(0, head.length() - 1)));
            if (headOk && known(tail)) {
                return true;
            }
        }
        return false;
    }

    /** This exact form is an ordinary lower-case dictionary entry ("per", "rosa"). */
    boolean isLowerCaseEntry(String lower) {
        return lowerCase.contains(lower);
    }

    /** Written capitalised in the dictionary: a first name, a surname, a place or an organisation. */
    boolean isCapitalisedEntry(String word) {
        return capitalised.contains(word);
    }

    private boolean known(String lower) {
        if (lowerCase.contains(lower)) {
            return true;
        }
        char[] chars = lower.toCharArray();
        int n = new SwedishLightStemmer().stem(chars, chars.length);
        String stem = new String(chars, 0, n);
        return lowerCase.contains(stem) || lowerCase.contains(stem + "a") || lowerCase.contains(stem + "e")
                || (lower.endsWith("s") && lowerCase.contains(lower.substring(0, lower.length() - 1)));
    }
}
