package se.precheck.detect.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table answers as the word's form would, for every plain lower-case spelling it is asked about. */
class LowerCaseNameStartsTest {

    @Test
    void agreesWithTheFormOnListedAndOrdinaryWords() {
        NameLexicon lexicon = NameLexicon.get();
        List<String> words = new ArrayList<>(List.of("och", "kommunen", "per", "pers", "dag", "hans", "lex", "los",
                "eleven", "ås", "bos", "anna", "annas", "åsa", "åsas", "måns", "ida", "idas", "ove", "oves"));
        for (String name : lexicon.firstNames()) {
            words.add(name);
            words.add(name + "s");
            words.add(name + "ss");
            words.add(name.substring(0, name.length() - 1));
        }
        words.addAll(lexicon.notNamePhraseStarts());
        int checked = 0;
        for (String w : words) {
            if (w.isEmpty() || !w.chars().allMatch(c -> LowerCaseNameStarts.isPlainLowerCase((char) c))) {
                continue;
            }
            char[] chars = ("  " + w + " ").toCharArray();
            boolean table = LowerCaseNameStarts.mayStart(chars, 2, 2 + w.length(), w.hashCode());
            assertThat(table).as(w).isEqualTo(new WordForm(w, PersonNameDetector.capitalised(w)).mayStartName);
            checked++;
        }
        assertThat(checked).isGreaterThan(1000);
    }
}
