package se.precheck.detect.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One form per spelling of a text, found again by its characters. */
class VocabularyTest {

    @Test
    void sameSpellingSameFormOtherCaseOtherForm() {
        char[] text = "Anna och anna och Anna och ANNA".toCharArray();
        Vocabulary vocabulary = new Vocabulary();
        WordForm first = form(vocabulary, text, 0, 4);
        assertThat(form(vocabulary, text, 18, 22)).isSameAs(first);
        assertThat(form(vocabulary, text, 9, 13)).isNotSameAs(first);
        assertThat(form(vocabulary, text, 27, 31)).isNotSameAs(first);
        assertThat(first.text).isEqualTo("Anna");
        assertThat(first.lower).isEqualTo("anna");
        assertThat(first.capitalised).isTrue();
        assertThat(form(vocabulary, text, 27, 31).capitalised).isFalse();
    }

    @Test
    void manyFormsAllFoundAgain() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 5000; k++) {
            sb.append("ord").append((char) ('a' + k % 26)).append((char) ('a' + k / 26 % 26)).append((char) ('a' + k / 676)).append(' ');
        }
        char[] text = sb.toString().toCharArray();
        Vocabulary vocabulary = new Vocabulary();
        WordForm[] forms = new WordForm[5000];
        for (int k = 0; k < 5000; k++) {
            forms[k] = form(vocabulary, text, k * 7, k * 7 + 6);
        }
        for (int k = 0; k < 5000; k++) {
            assertThat(form(vocabulary, text, k * 7, k * 7 + 6)).isSameAs(forms[k]);
            assertThat(forms[k].text).isEqualTo(new String(text, k * 7, 6));
        }
    }

    private static WordForm form(Vocabulary vocabulary, char[] text, int start, int end) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            hash = Vocabulary.hash(hash, text[k]);
        }
        return vocabulary.form(text, start, end, hash);
    }
}
