package se.precheck.eval;

import se.precheck.policy.Category;

/**
 * Counts of one category (or of all, with {@code category == null}) and the measures derived from
 * them. A measure whose denominator is zero is {@link Double#NaN}: no gold spans means recall is
 * undefined, not perfect; no predictions means precision is undefined.
 */
public record CategoryScore(Category category, int truePositives, int falsePositives, int falseNegatives) {

    /** F-beta with beta 2: recall weighs four times as much as precision, a miss is worse than a false alarm. */
    static final double BETA_SQUARED = 4.0;

    public int gold() {
        return truePositives + falseNegatives;
    }

    public int predicted() {
        return truePositives + falsePositives;
    }

    public double precision() {
        return ratio(truePositives, predicted());
    }

    public double recall() {
        return ratio(truePositives, gold());
    }

    /** Undefined without gold spans; zero without a true positive (also when nothing was predicted). */
    public double f2() {
        if (gold() == 0) {
            return Double.NaN;
        }
        if (truePositives == 0) {
            return 0;
        }
        double p = precision();
        double r = recall();
        return (1 + BETA_SQUARED) * p * r / (BETA_SQUARED * p + r);
    }

    CategoryScore plus(CategoryScore other) {
        return new CategoryScore(category == other.category ? category : null,
                truePositives + other.truePositives,
                falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
