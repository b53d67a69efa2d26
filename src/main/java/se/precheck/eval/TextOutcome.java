package se.precheck.eval;

import java.util.List;
import se.precheck.detect.Verdict;

/** What the engine said about one corpus text: the spans it counts with and its verdict. */
public record TextOutcome(CorpusRecord record, List<Span> predicted, Verdict verdict) {

    public TextOutcome {
        predicted = List.copyOf(predicted);
    }
}
