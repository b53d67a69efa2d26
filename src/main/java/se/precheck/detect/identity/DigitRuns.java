package se.precheck.detect.identity;

import java.util.Arrays;
import java.util.function.IntPredicate;
import se.precheck.detect.NormalizedText;

/**
 * The runs of ASCII digits in a text, found in one pass. Most number patterns can only begin where
 * a run begins, so a detector reads the runs once and tries its patterns only there (see
 * {@link AnchoredMatcher}).
 */
public final class DigitRuns {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int size;

    private DigitRuns(String text, int[] starts, int[] ends, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    /** The runs of {@code text}, scanned once per text however many detectors ask. */
    public static DigitRuns of(NormalizedText text) {
        return text.derived(DigitRuns.class, t -> of(t.text()));
    }

    public static DigitRuns of(String text) {
        int[] starts = new int[64];
        int[] ends = new int[64];
        int size = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!isDigit(text.charAt(i))) {
                continue;
            }
            int start = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = i;
            size++;
        }
        return new DigitRuns(text, starts, ends, size);
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int start(int k) {
        return starts[k];
    }

    public int end(int k) {
        return ends[k];
    }

    public int length(int k) {
        return ends[k] - starts[k];
    }

    /** The character right after run {@code k}, or 0 at the end of the text. */
    public char after(int k) {
        return ends[k] < text.length() ? text.charAt(ends[k]) : 0;
    }

    /** True when run {@code k} is followed by {@code sign} and another digit ("2024/12", "123-45"). */
    public boolean joinedBy(int k, char sign) {
        return after(k) == sign && ends[k] + 1 < text.length() && isDigit(text.charAt(ends[k] + 1));
    }

    /** The starts of the runs at least {@code minLength} digits long. */
    public int[] starts(int minLength) {
        return starts(k -> length(k) >= minLength);
    }

    /** The starts of the runs {@code k} for which {@code keep} holds. */
    public int[] starts(IntPredicate keep) {
        int[] out = new int[size];
        int count = 0;
        for (int k = 0; k < size; k++) {
            if (keep.test(k)) {
                out[count++] = starts[k];
            }
        }
        return Arrays.copyOf(out, count);
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
