package se.precheck.eval;

import java.util.List;
import java.util.Optional;
import se.precheck.policy.Category;

/**
 * The evaluation of one split.
 *
 * @param categories one score per category that has gold or predicted spans, in contract order
 * @param overall    the sum over all categories (micro average)
 * @param misses     every false negative and false positive, in corpus order
 */
public record Scores(String split, int texts, List<CategoryScore> categories, CategoryScore overall,
                     VerdictConfusion verdicts, List<Miss> misses) {

    public Scores {
        categories = List.copyOf(categories);
        misses = List.copyOf(misses);
    }

    public Optional<CategoryScore> category(Category category) {
        return categories.stream().filter(s -> s.category() == category).findFirst();
    }
}
