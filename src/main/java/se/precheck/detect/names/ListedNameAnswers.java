package se.precheck.detect.names;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.hunspell.Hunspell;

/**
 * Hunspell's answer for every listed name and its genitive ("kerstin", "kerstins"), asked once
 * when the dictionary is loaded. The detector asks whether a listed name is also an ordinary word
 * for most names it weighs, and for a name that is not a word Hunspell tries every way of reading
 * it as a compound: some 15 µs each, a third of a small check's name detection. The table holds
 * the name lists only, never words of a text, and gives exactly Hunspell's answers.
 */
final class ListedNameAnswers {

    private final Map<String, Boolean> answers = new HashMap<>();

    ListedNameAnswers(Hunspell hunspell) {
        for (String name : NameLexicon.get().listedNames()) {
            answers.put(name, hunspell.spell(name));
            answers.computeIfAbsent(name + "s", hunspell::spell);
        }
    }

    /** Hunspell's answer for {@code lowerCase}, or null when it is not a listed name or genitive. */
    Boolean answer(String lowerCase) {
        return answers.get(lowerCase);
    }
}
