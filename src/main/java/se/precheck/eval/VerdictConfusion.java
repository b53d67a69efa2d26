package se.precheck.eval;

import java.util.Arrays;
import se.precheck.detect.Verdict;

/** Gold verdict × predicted verdict counts, indexed by {@link Verdict#ordinal()}. */
public record VerdictConfusion(int[][] counts) {

    public VerdictConfusion {
        int n = Verdict.values().length;
        if (counts.length != n || Arrays.stream(counts).anyMatch(row -> row.length != n)) {
            throw new IllegalArgumentException("confusion matrix must be " + n + "×" + n);
        }
        counts = Arrays.stream(counts).map(int[]::clone).toArray(int[][]::new);
    }

    static VerdictConfusion empty() {
        int n = Verdict.values().length;
        return new VerdictConfusion(new int[n][n]);
    }

    VerdictConfusion plus(Verdict gold, Verdict predicted) {
        int[][] next = counts();
        next[gold.ordinal()][predicted.ordinal()]++;
        return new VerdictConfusion(next);
    }

    @Override
    public int[][] counts() {
        return Arrays.stream(counts).map(int[]::clone).toArray(int[][]::new);
    }

    public int count(Verdict gold, Verdict predicted) {
        return counts[gold.ordinal()][predicted.ordinal()];
    }

    public int total() {
        return Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
    }

    public int correct() {
        int sum = 0;
        for (Verdict v : Verdict.values()) {
            sum += count(v, v);
        }
        return sum;
    }

    /** Share of texts whose predicted verdict equals the gold one; NaN for no texts. */
    public double accuracy() {
        return total() == 0 ? Double.NaN : (double) correct() / total();
    }

    /** Clean texts the product would block outright: the false alarm users notice most. */
    public int stopOnOk() {
        return count(Verdict.OK, Verdict.STOP);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerdictConfusion other && Arrays.deepEquals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return "VerdictConfusion" + Arrays.deepToString(counts);
    }
}
