package se.precheck.detect.identity;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only at the few places where a match can begin (the start of a digit run, an
 * '@', a label), instead of at every position of the text. The caller computes those places
 * cheaply; they must include every position where the pattern can match. Then this gives the same
 * matches, in the same order, as {@link Matcher#find()} over the whole text: each candidate is
 * tried with {@code lookingAt} (look-behinds still see the text before it), and the search goes on
 * after the end of a match, as {@code find} does.
 */
public final class AnchoredMatcher {

    private final Matcher matcher;
    private final int[] starts;
    private final int length;
    private int nextFrom;

    /** @param starts candidate start positions, in any order, duplicates allowed */
    public AnchoredMatcher(Pattern pattern, String text, int[] starts) {
        this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        this.starts = Arrays.stream(starts).sorted().distinct().toArray();
        this.length = text.length();
    }

    /** The next match after the previous one, like {@link Matcher#find()}. */
    public boolean find() {
        return find(nextFrom);
    }

    /** The first match starting at or after {@code from}, like {@link Matcher#find(int)}. */
    public boolean find(int from) {
        int i = Arrays.binarySearch(starts, from);
        for (i = i < 0 ? -i - 1 : i; i < starts.length; i++) {
            matcher.region(starts[i], length);
            if (matcher.lookingAt()) {
                nextFrom = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
                return true;
            }
        }
        nextFrom = length + 1;
        return false;
    }

    /** The current match: read groups and offsets here after {@link #find()} returned true. */
    public Matcher match() {
        return matcher;
    }
}
