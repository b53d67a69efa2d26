package se.precheck.eval;

import java.util.List;
import se.precheck.detect.Verdict;

/**
 * One annotated text of the corpus.
 *
 * @param split  {@code tune}, {@code heldout}, or the name of the folder the file lies in
 * @param source the file and line it came from, for messages
 */
public record CorpusRecord(String id, String domain, String split, Verdict verdict, String text, List<Span> gold,
                           String source) {

    public CorpusRecord {
        gold = List.copyOf(gold);
    }

    /** The text a span covers: only for the console, never for JSON output. */
    public String surface(Span span) {
        return text.substring(span.start(), span.end());
    }
}
