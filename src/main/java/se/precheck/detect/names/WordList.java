package se.precheck.detect.names;

import se.precheck.detect.LexiconFiles;

import java.util.ArrayList;
import java.util.List;

/** A name list from the classpath (see {@link LexiconFiles}), as a list the caller may change. */
final class WordList {

    private WordList() {
    }

    static List<String> read(String resource) {
        return new ArrayList<>(LexiconFiles.lines(resource));
    }
}
