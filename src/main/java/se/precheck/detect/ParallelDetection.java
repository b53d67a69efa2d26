package se.precheck.detect;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import se.precheck.policy.Policy;

/**
 * Runs the detectors of one large text on several cores. The calling thread takes detectors one
 * by one like the helpers do, so a busy pool (other large texts at the same time) only means the
 * caller does more of the work itself: nothing waits for a helper that has not started. Helpers
 * see the caller's {@link Cancellation}, check it before each detector as the sequential loop
 * does, and stop taking detectors once one has failed; the caller then reports the first failure
 * in detector order, which is the one the sequential loop would have met.
 */
final class ParallelDetection {

    /** Below this many characters the detectors run one after the other: a pool costs more than it saves. */
    static final int MIN_LENGTH = 64 * 1024;

    /** Threads besides the caller: together at most one per core. */
    static final int HELPERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);

    /**
     * Created once, daemon threads. A full queue drops the helper: the caller does that share.
     * (Queued helpers of an analysis that has finished find nothing left and return at once.)
     */
    private static final class Pool {
        static final ThreadPoolExecutor EXECUTOR = new ThreadPoolExecutor(Math.max(1, HELPERS), Math.max(1, HELPERS),
                0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64), daemonThreads(), new ThreadPoolExecutor.DiscardPolicy());

        private static ThreadFactory daemonThreads() {
            AtomicInteger count = new AtomicInteger();
            return work -> {
                Thread t = new Thread(work, "precheck-detect-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
        }
    }

    private final List<Detector> detectors;
    private final NormalizedText text;
    private final Policy policy;
    private final BooleanSupplier cancelled;
    private final List<Finding>[] found;
    private final Throwable[] failures;
    private final AtomicInteger next = new AtomicInteger();
    /** The lowest index of a detector that failed; detectors after it are not started. */
    private final AtomicInteger firstFailure = new AtomicInteger(Integer.MAX_VALUE);
    private final CountDownLatch done;

    @SuppressWarnings("unchecked")
    private ParallelDetection(List<Detector> detectors, NormalizedText text, Policy policy) {
        this.detectors = detectors;
        this.text = text;
        this.policy = policy;
        this.cancelled = Cancellation.current();
        this.found = new List[detectors.size()];
        this.failures = new Throwable[detectors.size()];
        this.done = new CountDownLatch(detectors.size());
    }

    /** Whether a text of this length is worth the pool. */
    static boolean worthIt(NormalizedText text, List<Detector> detectors) {
        return HELPERS > 0 && text.length() >= MIN_LENGTH && detectors.size() > 1;
    }

    /** Runs every detector (until one fails); read the outcome detector by detector with {@link #findings(int)}. */
    static ParallelDetection run(List<Detector> detectors, NormalizedText text, Policy policy) {
        ParallelDetection run = new ParallelDetection(detectors, text, policy);
        int helpers = Math.min(HELPERS, detectors.size() - 1);
        for (int h = 0; h < helpers; h++) {
            Pool.EXECUTOR.execute(run::help);
        }
        run.work();
        run.awaitHelpers();
        return run;
    }

    /**
     * What detector {@code k} found, or what it threw (the {@link java.util.concurrent.CancellationException}
     * of the check before it included). Read in detector order, the first exception met is the one
     * the sequential loop would have thrown: no detector after a failed one has been read.
     */
    List<Finding> findings(int k) {
        if (failures[k] != null) {
            throw ParallelDetection.<RuntimeException>rethrow(failures[k]);
        }
        return found[k];
    }

    private void help() {
        BooleanSupplier before = Cancellation.current();
        Cancellation.set(cancelled);
        try {
            work();
        } finally {
            Cancellation.set(before);
        }
    }

    /** Takes detectors until none is left. */
    private void work() {
        for (int k = next.getAndIncrement(); k < detectors.size(); k = next.getAndIncrement()) {
            try {
                if (k < firstFailure.get()) {
                    Cancellation.check();
                    found[k] = detectors.get(k).detect(text, policy);
                }
            } catch (Throwable t) {
                failures[k] = t;
                firstFailure.accumulateAndGet(k, Math::min);
            } finally {
                done.countDown();
            }
        }
    }

    /** Waits for the detectors helpers have taken; without giving up on an interrupt, which it keeps for the caller. */
    private void awaitHelpers() {
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T rethrow(Throwable t) throws T {
        throw (T) t;
    }
}
