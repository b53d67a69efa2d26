package se.precheck.detect.contact;

import se.precheck.detect.LexiconFiles;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Word lists of this family: classpath files under {@code lexicon/contact/}, one term a line, '#' comments. */
final class Lexicon {

    private Lexicon() {
    }

    /** The lower-cased terms of {@code lexicon/contact/<name>}, in file order. */
    static Set<String> load(String name) {
        Set<String> terms = new LinkedHashSet<>();
        for (String line : LexiconFiles.lines("lexicon/contact/" + name)) {
            terms.add(line.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(terms);
    }
}
