package se.precheck.web;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import se.precheck.detect.Cancellation;
import org.slf4j.LoggerFactory;

/**
 * Runs the engine's work for one request within a time budget and a concurrency limit. Past the
 * budget the request gets 503 {@code check_timeout} — never a partial answer — and the worker is
 * told to stop (the engine stops at its next detector) and abandoned. A worker keeps its slot until
 * it really ends, so slow inputs fill the slots and further checks get 503 {@code busy} instead of
 * overloading the machine. A check that finds every slot taken waits briefly for one ({@link #queueWaitMs}):
 * a burst of checks arriving together is answered a few milliseconds later instead of refused.
 */
final class CheckGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CheckGuard.class);
    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int GIVEN_UP = 2;

    /** At most this long (and at most a quarter of the budget) a check waits for a free slot before 503 busy. */
    static final long MAX_QUEUE_WAIT_MS = 500;

    private final long budgetMs;
    private final long queueWaitMs;
    private final Semaphore slots;
    private final ExecutorService workers;

    CheckGuard(long budgetMs, int maxConcurrent) {
        this.budgetMs = budgetMs;
        this.queueWaitMs = Math.min(MAX_QUEUE_WAIT_MS, budgetMs / 4);
        this.slots = new Semaphore(maxConcurrent);
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "precheck-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        // Never more tasks than slots, so the pool never queues; idle threads go after a minute.
        java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(maxConcurrent, maxConcurrent,
                60, TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), threads);
        pool.allowCoreThreadTimeOut(true);
        this.workers = pool;
    }

    /** The result of {@code work}, or an {@link ApiException} 503 when the service is full or the budget is spent. */
    <T> T run(Callable<T> work) {
        if (!acquireSlot()) {
            throw busy();
        }
        AtomicInteger state = new AtomicInteger(NEW);
        Future<T> future;
        try {
            future = workers.submit(() -> {
                if (!state.compareAndSet(NEW, RUNNING)) {
                    return null; // given up before it started; the slot is already back
                }
                try {
                    return Cancellation.runWith(() -> state.get() == GIVEN_UP, work);
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw busy();
        }
        try {
            return future.get(budgetMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            giveUp(state, future);
            LOG.warn("check gave up after its budget of {} ms", budgetMs);
            throw timeout();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            giveUp(state, future);
            throw timeout();
        } catch (CancellationException e) {
            throw timeout();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause == null ? "check failed" : cause.getClass().getName());
        }
    }

    private boolean acquireSlot() {
        try {
            return slots.tryAcquire(queueWaitMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Not started: it never will, and its slot is returned here. Running: the flag tells the engine
     * to stop at its next detector; the slot is returned when it ends. No interrupt (see {@link Cancellation}).
     */
    private void giveUp(AtomicInteger state, Future<?> future) {
        if (state.compareAndSet(NEW, GIVEN_UP)) {
            slots.release();
            future.cancel(false);
        } else {
            state.set(GIVEN_UP);
        }
    }

    /** Slots free right now (for tests and health). */
    int freeSlots() {
        return slots.availablePermits();
    }

    static ApiException timeout() {
        return new ApiException(503, "check_timeout",
                "Kontrollen tog för lång tid och avbröts. Texten är inte kontrollerad och ska inte ges till Copilot som den är. "
                        + "Markera en mindre del av texten och kontrollera den, eller försök igen om en stund.");
    }

    static ApiException busy() {
        return new ApiException(503, "busy",
                "Tjänsten har många kontroller just nu. Texten är inte kontrollerad. Försök igen om en stund.", 1);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
