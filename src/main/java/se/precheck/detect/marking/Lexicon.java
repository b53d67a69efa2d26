package se.precheck.detect.marking;

import se.precheck.detect.LexiconFiles;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.precheck.detect.ContextWords;

/**
 * Reads the word and phrase lists of this family from {@code lexicon/marking/}: one entry a line,
 * {@code #} starts a comment. In phrases a word ending in {@code *} takes any ending of up to
 * {@link #MAX_ENDING} letters, and the words may be separated by up to three spaces or a line break.
 */
final class Lexicon {

    static final int MAX_ENDING = 15;
    private static final String DIR = "/lexicon/marking/";

    private Lexicon() {
    }

    static List<String> load(String file) {
        List<String> out = LexiconFiles.lines(DIR.substring(1) + file);
        if (out.isEmpty()) {
            throw new IllegalStateException("lexicon empty: " + DIR + file);
        }
        return out;
    }

    /** Lower-case entries for {@link ContextWords} (whole words, trailing '*' = prefix). */
    static ContextWords words(String file) {
        return new ContextWords(load(file).stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
    }

    /** The phrases as a regex alternation, longest first so that the fullest phrase wins. */
    static String alternation(List<String> phrases) {
        return phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Lexicon::phraseRegex)
                .collect(Collectors.joining("|"));
    }

    private static String phraseRegex(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String word : phrase.strip().split("\\s+")) {
            if (out.length() > 0) {
                out.append("\\s{1,3}+");
            }
            boolean prefix = word.endsWith("*");
            String stem = prefix ? word.substring(0, word.length() - 1) : word;
            out.append(Pattern.quote(stem));
            if (prefix) {
                out.append("\\p{L}{0,").append(MAX_ENDING).append("}+");
            }
        }
        return out.toString();
    }
}
