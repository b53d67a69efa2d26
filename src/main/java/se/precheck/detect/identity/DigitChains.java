package se.precheck.detect.identity;

import java.util.Arrays;

/**
 * Splits a text into chains of digit runs joined by short separators ("850314-1234",
 * "19 85 03 14 - 1234", "070-174 06 28"), in one pass. Detectors then look at the shape of each
 * chain instead of running many overlapping regular expressions, so a number is never cut out of
 * a longer one and the work stays linear in the text.
 *
 * <p>A joint is at most three characters: an optional space, an optional one of {@code - + . /}
 * and, after such a sign, an optional space. Two spaces in a row, a comma or a line break end the chain.
 */
final class DigitChains {

    /** One chain. Reused between calls to the sink: read it there, do not keep it. */
    static final class Chain {
        private final String text;
        private int[] starts = new int[8];
        private int[] ends = new int[8];
        private int size;

        private Chain(String text) {
            this.text = text;
        }

        int size() {
            return size;
        }

        int start(int k) {
            return starts[k];
        }

        int end(int k) {
            return ends[k];
        }

        int length(int k) {
            return ends[k] - starts[k];
        }

        /** The separator between run {@code k} and run {@code k + 1}. */
        String joint(int k) {
            return text.substring(ends[k], starts[k + 1]);
        }

        /** The sign in the joint after run {@code k} ('-', '+', '.', '/'), or ' ' for spaces only. */
        char sign(int k) {
            for (int i = ends[k]; i < starts[k + 1]; i++) {
                if (text.charAt(i) != ' ') {
                    return text.charAt(i);
                }
            }
            return ' ';
        }

        String text() {
            return text;
        }

        private void add(int start, int end) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        }
    }

    interface Sink {
        void accept(Chain chain);
    }

    private DigitChains() {
    }

    /**
     * The chains made of {@code runs}. A joint ends on a digit and holds none, so where it reaches
     * a digit the next run starts: a run joins the chain when the joint after the one before it
     * reaches its start.
     */
    static void scan(DigitRuns runs, Sink sink) {
        String text = runs.text();
        int k = 0;
        while (k < runs.size()) {
            Chain chain = new Chain(text);
            chain.add(runs.start(k), runs.end(k));
            while (k + 1 < runs.size() && jointEnd(text, runs.end(k)) == runs.start(k + 1)) {
                k++;
                chain.add(runs.start(k), runs.end(k));
            }
            k++;
            sink.accept(chain);
        }
    }

    /** Where the next run starts when a joint follows {@code at}, else -1. */
    private static int jointEnd(String text, int at) {
        int n = text.length();
        int p = at;
        if (p < n && text.charAt(p) == ' ') {
            p++;
        }
        if (p < n && "-+./".indexOf(text.charAt(p)) >= 0) {
            p++;
            if (p < n && text.charAt(p) == ' ') {
                p++;
            }
        }
        return p > at && p < n && DigitRuns.isDigit(text.charAt(p)) ? p : -1;
    }
}
