package se.precheck.detect;

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
    /** Null when normalisation changed nothing: offsets are then the same in both texts. */
    private final int[] starts;
    private final int[] ends;
    /**
     * What detectors derive from this text and share (e.g. its digit runs), built once per text
     * whichever detector asks first, and gone with the text when its check ends.
     */
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    NormalizedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
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
        return starts != null ? starts[i] : Objects.checkIndex(i, text.length());
    }

    /** Where a span ending (exclusive) at normalised offset {@code end} ends in the original. */
    public int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        return ends != null ? ends[end - 1] : Objects.checkIndex(end - 1, text.length()) + 1;
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
