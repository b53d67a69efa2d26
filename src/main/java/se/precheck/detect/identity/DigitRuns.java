package se.precheck.detect.identity;

import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.function.IntPredicate;
import se.precheck.detect.NormalizedText;

/**
 * The runs of ASCII digits in a text, found in one pass. Most number patterns can only begin where
 * a run begins, so a detector reads the runs once and tries its patterns only there (see
 * {@link AnchoredMatcher}).
 */
public final class DigitRuns {

    /**
     * The runs of the text last read on this thread, so the detectors of a family, which the
     * analyzer runs one after the other on one thread, scan each text once between them. Holds
     * offsets only, never characters, and the text weakly: nothing of a text outlives its check.
     */
    private static final ThreadLocal<Offsets> LAST = new ThreadLocal<>();

    private record Offsets(WeakReference<NormalizedText> text, int[] starts, int[] ends, int size) {
    }

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

    /** The runs of {@code text}, scanned once per text and thread however many detectors ask. */
    public static DigitRuns of(NormalizedText text) {
        Offsets last = LAST.get();
        if (last != null && last.text().get() == text) {
            return new DigitRuns(text.text(), last.starts(), last.ends(), last.size());
        }
        DigitRuns runs = of(text.text());
        LAST.set(new Offsets(new WeakReference<>(text), runs.starts, runs.ends, runs.size));
        return runs;
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
