package se.precheck.stats;

import java.time.Instant;

/**
 * The statistics store's health, for {@code /health}: never the database address, user or password.
 *
 * @param engine        "h2" (embedded file), "postgresql", or "none" (not kept)
 * @param reachable     whether the last write to the database succeeded
 * @param pendingCounts counts held in memory, waiting for the database
 * @param lastFlush     the last successful write, or null
 * @param problem       why the database cannot be written, in Swedish, or null
 * @param droppedCounts counts dropped since the start because too many were held in memory
 */
public record StatsStatus(String engine, boolean reachable, long pendingCounts, Instant lastFlush, String problem, long droppedCounts) {

    public StatsStatus(String engine, boolean reachable, long pendingCounts, Instant lastFlush, String problem) {
        this(engine, reachable, pendingCounts, lastFlush, problem, 0);
    }
}
