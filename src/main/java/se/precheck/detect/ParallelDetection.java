package se.precheck.detect;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import se.precheck.policy.Policy;

/**
 * Runs the detectors of one large text on several cores. The calling thread takes detectors one
 * by one like the helpers do, so a busy pool (other large texts at the same time) only means the
 * caller does more of the work itself: nothing waits for a helper that has not started. Helpers
 * see the caller's {@link Cancellation}, check it before each detector as the sequential loop
 * does, and stop taking detectors once one has failed; the caller then reports the first failure
 * in detector order, which is the one the sequential loop would have met.
 *
 * <p>Detectors are taken costliest first (by what each cost per character on earlier texts), so
 * that no large one is left to start when the others are nearly done and one core waits for it.
 * Besides the detectors, a run can do work the caller needs afterwards and that depends on the
 * text alone (the aggregation scan), kept in {@link NormalizedText#derived}: on two cores it costs
 * no wall-clock time, where after the detectors it adds to it. Neither changes any outcome.
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

    /**
     * What each job (detector or preparation) cost on the texts before, in nanoseconds per 1 024
     * characters, smoothed; absent until it has run once. Only the order in which jobs are taken
     * depends on it. Weak keys: a detector list made for one call leaves nothing behind.
     */
    private static final Map<Object, AtomicLong> COST = Collections.synchronizedMap(new WeakHashMap<>());

    private final List<Detector> detectors;
    private final List<Consumer<NormalizedText>> preparations;
    /** Jobs by index: detectors first, then preparations; taken in this order. */
    private final int[] order;
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
    private ParallelDetection(List<Detector> detectors, List<Consumer<NormalizedText>> preparations, NormalizedText text, Policy policy) {
        this.detectors = detectors;
        this.preparations = preparations;
        this.order = costliestFirst(detectors, preparations);
        this.text = text;
        this.policy = policy;
        this.cancelled = Cancellation.current();
        this.found = new List[detectors.size()];
        this.failures = new Throwable[detectors.size()];
        this.done = new CountDownLatch(order.length);
    }

    /** Job indexes, those never timed first (in list order), then by falling cost; ties in list order. */
    private static int[] costliestFirst(List<Detector> detectors, List<Consumer<NormalizedText>> preparations) {
        int jobs = detectors.size() + preparations.size();
        long[] cost = new long[jobs];
        for (int j = 0; j < jobs; j++) {
            long c = cost(job(detectors, preparations, j)).get();
            cost[j] = c < 0 ? Long.MAX_VALUE : c;
        }
        return IntStream.range(0, jobs).boxed()
                .sorted((a, b) -> Long.compare(cost[b], cost[a]))
                .mapToInt(Integer::intValue).toArray();
    }

    private static Object job(List<Detector> detectors, List<Consumer<NormalizedText>> preparations, int job) {
        return job < detectors.size() ? detectors.get(job) : preparations.get(job - detectors.size());
    }

    private static AtomicLong cost(Object job) {
        return COST.computeIfAbsent(job, j -> new AtomicLong(-1));
    }

    /** Whether a text of this length is worth the pool. */
    static boolean worthIt(NormalizedText text, List<Detector> detectors) {
        return HELPERS > 0 && text.length() >= MIN_LENGTH && detectors.size() > 1;
    }

    /** Runs every detector (until one fails); read the outcome detector by detector with {@link #findings(int)}. */
    static ParallelDetection run(List<Detector> detectors, NormalizedText text, Policy policy) {
        return run(detectors, List.of(), text, policy);
    }

    /**
     * As {@link #run(List, NormalizedText, Policy)}, and meanwhile each preparation on the text:
     * a pure function of the text that keeps its result in {@link NormalizedText#derived}. A
     * preparation that fails, or is skipped because the check was given up or a detector failed,
     * is simply computed again, or fails again, where its result is asked for.
     */
    static ParallelDetection run(List<Detector> detectors, List<Consumer<NormalizedText>> preparations, NormalizedText text, Policy policy) {
        ParallelDetection run = new ParallelDetection(detectors, preparations, text, policy);
        int helpers = Math.min(HELPERS, run.order.length - 1);
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

    /** Takes jobs until none is left. */
    private void work() {
        for (int i = next.getAndIncrement(); i < order.length; i = next.getAndIncrement()) {
            int job = order[i];
            try {
                if (job < detectors.size()) {
                    detect(job);
                } else {
                    prepare(preparations.get(job - detectors.size()));
                }
            } finally {
                done.countDown();
            }
        }
    }

    private void detect(int k) {
        try {
            if (k < firstFailure.get()) {
                Cancellation.check();
                long t0 = System.nanoTime();
                found[k] = detectors.get(k).detect(text, policy);
                learn(detectors.get(k), System.nanoTime() - t0);
            }
        } catch (Throwable t) {
            failures[k] = t;
            firstFailure.accumulateAndGet(k, Math::min);
        }
    }

    private void prepare(Consumer<NormalizedText> preparation) {
        if (firstFailure.get() != Integer.MAX_VALUE || Cancellation.requested()) {
            return;
        }
        try {
            long t0 = System.nanoTime();
            preparation.accept(text);
            learn(preparation, System.nanoTime() - t0);
        } catch (RuntimeException e) {
            // computed again where it is needed, and fails there in the caller's order
        }
    }

    /** Keeps a job's cost per 1 024 characters, a quarter of the new figure and three quarters of the old. */
    private void learn(Object job, long nanos) {
        long perKilo = nanos * 1024 / Math.max(1, text.length());
        cost(job).getAndUpdate(old -> old < 0 ? perKilo : (3 * old + perKilo) / 4);
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
