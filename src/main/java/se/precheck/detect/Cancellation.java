package se.precheck.detect;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Cooperative cancellation of an analysis: the caller (the web layer's time budget) runs the work
 * with a flag, and {@link Analyzer} stops at the next detector once the flag is up. No thread
 * interrupts: an interrupt can break class initialisation or NIO reads of lexicons half-way and
 * leave the engine unusable for the whole process.
 */
public final class Cancellation {

    private static final ThreadLocal<BooleanSupplier> CURRENT = new ThreadLocal<>();

    private Cancellation() {
    }

    /** Runs {@code work} on this thread; analyses inside it stop once {@code cancelled} says so. */
    public static <T> T runWith(BooleanSupplier cancelled, Callable<T> work) throws Exception {
        BooleanSupplier before = CURRENT.get();
        CURRENT.set(cancelled);
        try {
            return work.call();
        } finally {
            if (before == null) CURRENT.remove(); else CURRENT.set(before);
        }
    }

    /** The flag of the work on this thread, or null: for helper threads that do part of that work. */
    static BooleanSupplier current() {
        return CURRENT.get();
    }

    /** Makes {@code cancelled} (null: none) the flag of the work on this thread. */
    static void set(BooleanSupplier cancelled) {
        if (cancelled == null) CURRENT.remove(); else CURRENT.set(cancelled);
    }

    /** Whether the work running on this thread has been given up. */
    public static boolean requested() {
        BooleanSupplier c = CURRENT.get();
        return c != null && c.getAsBoolean();
    }

    /** Throws {@link CancellationException} when the work on this thread has been given up. */
    public static void check() {
        if (requested()) {
            throw new CancellationException("analysis cancelled");
        }
    }
}
