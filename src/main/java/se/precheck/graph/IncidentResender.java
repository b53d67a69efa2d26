package se.precheck.graph;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.precheck.stats.Incident;
import se.precheck.stats.IncidentLog;

/**
 * Mails the incident reports that could not be mailed when they were made (Graph unreachable,
 * throttled, or the token refused), on one scheduled daemon thread:
 * <ul>
 * <li>every {@code poll} it reads the reports that are due from the database, so reports saved by
 * any instance are found, and a report claimed by an instance that died is found again when its
 * lease runs out;</li>
 * <li>each report is claimed with one atomic UPDATE before it is sent ({@link IncidentLog#claim}),
 * so several instances sharing one PostgreSQL never mail the same report twice on purpose (only a
 * crash between "sent" and "marked sent" repeats one: at least once, never lost);</li>
 * <li>after a failed attempt the report waits {@code firstDelay × 2^(attempts−1)}, at most
 * {@code maxDelay}, and never less than the Retry-After Graph or the identity platform gave; a
 * Retry-After or an unreachable Graph pauses the whole resender as long, since it holds for every report;</li>
 * <li>{@link #close()} stops it: no new attempt starts, one in flight may finish.</li>
 * </ul>
 * It logs ids and reason codes only, never a report's text.
 */
public final class IncidentResender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentResender.class);

    /** Sends one report (as the service). */
    @FunctionalInterface
    public interface Sender {
        void send(Incident incident) throws GraphException;
    }

    /**
     * @param poll       how often the database is asked for due reports
     * @param firstDelay the wait after the first failed attempt
     * @param maxDelay   the longest wait between attempts (the cap of the exponential back-off)
     * @param lease      how long a claim holds before another instance may take the report
     * @param batch      reports per round at most
     */
    public record Settings(Duration poll, Duration firstDelay, Duration maxDelay, Duration lease, int batch) {
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofHours(1),
                Duration.ofMinutes(5), 20);
    }

    private final IncidentLog log;
    private final Sender sender;
    private final Clock clock;
    private final Settings settings;
    private final String claimant = UUID.randomUUID().toString();
    private final ScheduledExecutorService timer;
    private volatile Instant pausedUntil = Instant.MIN;
    private volatile boolean databaseProblemLogged;
    private volatile boolean closed;

    public IncidentResender(IncidentLog log, Sender sender, Clock clock, Settings settings) {
        this.log = log;
        this.sender = sender;
        this.clock = clock;
        this.settings = settings;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "incident-mail");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the rounds (the first one after one poll interval). */
    public IncidentResender start() {
        long millis = settings.poll().toMillis();
        timer.scheduleWithFixedDelay(this::roundQuietly, millis, millis, TimeUnit.MILLISECONDS);
        return this;
    }

    /** The id this instance claims reports with. */
    public String claimant() {
        return claimant;
    }

    /** A round soon, on the resender's thread (a report's own attempt just failed). */
    public void wakeUp() {
        if (closed) return;
        try {
            timer.execute(this::roundQuietly);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing
        }
    }

    /**
     * Every waiting report is made due and a round runs now on the resender's thread (the officer
     * pressed "send now"). A Retry-After still in force is honoured.
     *
     * @return how many reports were mailed in that round
     */
    public Future<Integer> sendNow() {
        if (closed) return CompletableFuture.completedFuture(0);
        try {
            return timer.submit(() -> {
                log.makeAllDue();
                return round();
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.completedFuture(0);
        }
    }

    private void roundQuietly() {
        try {
            round();
        } catch (SQLException | RuntimeException e) {
            // A scheduled task that throws is never run again: log the class only and carry on.
            if (!databaseProblemLogged) {
                LOG.warn("incident mails not resent this round: {}", e.getClass().getName());
                databaseProblemLogged = true;
            }
        }
    }

    /** One round: the due reports, oldest first, until one fails in a way that holds for all. @return reports mailed */
    int round() throws SQLException {
        Instant now = clock.instant();
        if (closed || now.isBefore(pausedUntil)) return 0;
        List<String> due = log.due(now, settings.batch());
        databaseProblemLogged = false;
        int sent = 0;
        for (String id : due) {
            if (closed || Thread.currentThread().isInterrupted()) break;
            Optional<IncidentLog.Claimed> claimed = log.claim(id, claimant, clock.instant(), clock.instant().plus(settings.lease()));
            if (claimed.isEmpty()) continue;  // another instance has it, or it was sent meanwhile
            Incident incident = claimed.get().incident();
            try {
                sender.send(incident);
            } catch (GraphException e) {
                int attempts = claimed.get().failedAttempts() + 1;
                Duration wait = backoff(attempts);
                if (e.retryAfter() != null && e.retryAfter().compareTo(wait) > 0) wait = e.retryAfter();
                Instant next = clock.instant().plus(wait);
                log.attemptFailed(id, claimant, next, e.reason().name());
                LOG.info("incident {} not mailed (attempt {}, {}); next attempt in {} s", id, attempts, e.reason(), wait.toSeconds());
                if (e.retryAfter() != null || e.reason() == GraphException.Reason.UNAVAILABLE) {
                    // Throttled, or Graph or the token endpoint is down: that holds for every report, so all wait.
                    pausedUntil = next;
                    break;
                }
                continue;  // this report was refused: the others may still go
            }
            log.markSent(id, clock.instant());
            LOG.info("incident {} mailed later", id);
            sent++;
        }
        return sent;
    }

    /** The wait after {@code attempts} failed attempts: doubling from firstDelay, at most maxDelay. */
    Duration backoff(int attempts) {
        Duration wait = settings.firstDelay();
        for (int i = 1; i < attempts && wait.compareTo(settings.maxDelay()) < 0; i++) wait = wait.multipliedBy(2);
        return wait.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : wait;
    }

    /** Until when a Retry-After pauses every attempt (Instant.MIN when none). */
    public Instant pausedUntil() {
        return pausedUntil;
    }

    /** Stops the rounds: none starts after this; one in flight gets a few seconds to finish. */
    @Override
    public void close() {
        closed = true;
        timer.shutdown();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) timer.shutdownNow();
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    public boolean isClosed() {
        return closed && timer.isTerminated();
    }
}
