package se.precheck.detect;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The text as detectors see it, with the way back to the text as sent.
 *
 * <p>Normalisation removes or replaces characters that could hide something (zero-width
 * characters, soft hyphens, odd spaces, full-width digits, look-alike letters). Detectors work on
 * {@link #text()}; {@link #originalStart(int)} and {@link #originalEnd(int)} map their offsets back
 * to UTF-16 offsets in the original, so a finding still points at what the user sees.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    /**
     * The map back to the original, null when normalisation changed nothing (offsets are then the
     * same in both texts). Kept as shifts rather than a start per character: from
     * {@code shiftPositions[j]} on, normalised characters start in the original at
     * {@code shiftStarts[j]}, one further per character, until the next shift. Dropped and folded
     * characters are rare, so a check of a few kilobytes keeps a handful of entries instead of two
     * arrays as long as its text.
     */
    private final int[] shiftPositions;
    private final int[] shiftStarts;
    /**
     * What detectors derive from this text and share (e.g. its digit runs), built once per text
     * whichever detector asks first, and gone with the text when its check ends.
     */
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    NormalizedText(String original, String text, int[] shiftPositions, int[] shiftStarts) {
        this.original = original;
        this.text = text;
        this.shiftPositions = shiftPositions;
        this.shiftStarts = shiftStarts;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Where the character at normalised offset {@code i} starts in the original. */
    public int originalStart(int i) {
        if (i >= text.length()) {
            return original.length();
        }
        Objects.checkIndex(i, text.length());
        if (shiftPositions == null) {
            return i;
        }
        int j = Arrays.binarySearch(shiftPositions, i);
        j = j >= 0 ? j : -j - 2; // the last shift at or before i
        return j < 0 ? i : shiftStarts[j] + (i - shiftPositions[j]);
    }

    /** Where a span ending (exclusive) at normalised offset {@code end} ends in the original. */
    public int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        Objects.checkIndex(end - 1, text.length());
        if (shiftPositions == null) {
            return end;
        }
        // Every character comes from one original character, or from a surrogate pair (kept, or
        // folded to one character): the last character ends where its source does.
        int start = originalStart(end - 1);
        boolean pair = Character.isHighSurrogate(original.charAt(start)) && start + 1 < original.length()
                && Character.isLowSurrogate(original.charAt(start + 1));
        return start + (pair ? 2 : 1);
    }

    /**
     * The value {@code compute} derives from this text, computed once per text and {@code key}
     * however many detectors (on however many threads) ask. {@code compute} must be a pure
     * function of the text.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<NormalizedText, T> compute) {
        return ((Once<T>) derived.computeIfAbsent(key, k -> new Once<T>())).get(this, compute);
    }

    /**
     * One derived value, computed outside the map's lock: a thread computing one value (the
     * aggregation scan, some 20 ms per MB) must not hold up a thread asking for another key that
     * happens to share its bin. Only threads asking for the same key wait for it.
     */
    private static final class Once<T> {
        private T value;
        private boolean done;

        synchronized T get(NormalizedText text, Function<NormalizedText, T> compute) {
            if (!done) {
                value = compute.apply(text);
                done = true;
            }
            return value;
        }
    }
}
