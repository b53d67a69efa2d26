package se.precheck.detect.marking;

import java.util.List;

/**
 * Words one of which every match of a pattern holds (a cheap literal pre-filter, as in gitleaks):
 * the pattern is tried only where one of them is. With {@code anyCase} a word is given in lower
 * case and found in any case, compared character by character as in
 * {@link Character#toLowerCase(char)}. Each word has at least two characters.
 */
record Keywords(List<String> words, boolean anyCase) {

    Keywords {
        words = List.copyOf(words);
        for (String w : words) {
            if (w.length() < 2 || (anyCase && !w.equals(w.toLowerCase(java.util.Locale.ROOT)))) {
                throw new IllegalArgumentException("keyword must have two characters, lower case when any case: " + w);
            }
        }
    }

    static Keywords anyCase(String... words) {
        return new Keywords(List.of(words), true);
    }

    static Keywords exact(String... words) {
        return new Keywords(List.of(words), false);
    }
}
