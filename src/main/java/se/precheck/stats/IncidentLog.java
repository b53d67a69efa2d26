package se.precheck.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;

/**
 * The incident reports users send on purpose (what happened, category, optional contact and
 * optional deliberately pasted text). Apart from the counters, which never hold text.
 */
public final class IncidentLog {

    private final Database database;
    /** Brings the schema up to date if it is not yet (the database may have been down at start); false when it cannot. */
    private final java.util.function.BooleanSupplier migrated;

    IncidentLog(Database database, java.util.function.BooleanSupplier migrated) {
        this.database = database;
        this.migrated = migrated;
    }

    /** @throws SQLException when the database cannot be written: the caller says the report was not saved */
    public void save(Incident incident) throws SQLException {
        save(incident, null, null);
    }

    /**
     * Saves a report already claimed by {@code claimant} until {@code claimedUntil}, so no resender
     * mails it while the request that made it is still trying to (null: not claimed).
     */
    public void save(Incident incident, String claimant, Instant claimedUntil) throws SQLException {
        requireDatabase();
        try (Connection con = database.connect(); PreparedStatement ps = con.prepareStatement(
                "INSERT INTO incident (id, reported_at, category, what_happened, contact, pasted_text, mail_status, claimed_by, claimed_until) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, incident.id());
            ps.setTimestamp(2, Timestamp.from(incident.reportedAt()));
            ps.setString(3, incident.category());
            ps.setString(4, incident.whatHappened());
            ps.setString(5, incident.contact().isEmpty() ? null : incident.contact());
            ps.setString(6, incident.pastedText().isEmpty() ? null : incident.pastedText());
            ps.setString(7, incident.mailStatus());
            ps.setString(8, claimant);
            ps.setTimestamp(9, claimedUntil == null ? null : Timestamp.from(claimedUntil));
            ps.executeUpdate();
        }
    }

    /** A report claimed for mailing, and how many attempts to mail it have failed before. */
    public record Claimed(Incident incident, int failedAttempts) {
    }

    /** Ids of reports waiting for mail whose next attempt is due and that nobody holds, oldest first. */
    public List<String> due(Instant now, int limit) throws SQLException {
        requireDatabase();
        try (Connection con = database.connect(); PreparedStatement ps = con.prepareStatement(
                "SELECT id FROM incident WHERE mail_status = 'pending' AND (next_mail_at IS NULL OR next_mail_at <= ?) "
                        + "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY reported_at")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setMaxRows(limit);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        }
    }

    /**
     * Takes a waiting report for {@code claimant} until {@code until}, with one atomic UPDATE: of
     * several instances trying at once, exactly one gets it (the database's row lock decides; the
     * others' UPDATE then finds the lease taken and changes nothing). Works the same on H2 and PostgreSQL.
     *
     * @return the report, or empty when it is sent, gone, or held by another instance
     */
    public Optional<Claimed> claim(String id, String claimant, Instant now, Instant until) throws SQLException {
        requireDatabase();
        try (Connection con = database.connect()) {
            try (PreparedStatement ps = con.prepareStatement("UPDATE incident SET claimed_by = ?, claimed_until = ? "
                    + "WHERE id = ? AND mail_status = 'pending' AND (claimed_until IS NULL OR claimed_until < ?)")) {
                ps.setString(1, claimant);
                ps.setTimestamp(2, Timestamp.from(until));
                ps.setString(3, id);
                ps.setTimestamp(4, Timestamp.from(now));
                if (ps.executeUpdate() != 1) return Optional.empty();
            }
            try (PreparedStatement ps = con.prepareStatement("SELECT id, reported_at, category, what_happened, contact, pasted_text, "
                    + "mail_status, mail_attempts FROM incident WHERE id = ? AND claimed_by = ?")) {
                ps.setString(1, id);
                ps.setString(2, claimant);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    return Optional.of(new Claimed(incident(rs), rs.getInt(8)));
                }
            }
        }
    }

    /** The report was mailed: it is never sent again. */
    public void markSent(String id, Instant at) throws SQLException {
        update("UPDATE incident SET mail_status = 'sent', mailed_at = ?, claimed_by = NULL, claimed_until = NULL, last_mail_error = NULL "
                + "WHERE id = ?", Timestamp.from(at), id);
    }

    /**
     * The attempt failed: the claim is given up and the next attempt is not before {@code nextAttempt}.
     *
     * @param reason a reason code (never Graph's or the driver's message)
     */
    public void attemptFailed(String id, String claimant, Instant nextAttempt, String reason) throws SQLException {
        update("UPDATE incident SET mail_attempts = mail_attempts + 1, next_mail_at = ?, last_mail_error = ?, claimed_by = NULL, "
                + "claimed_until = NULL WHERE id = ? AND claimed_by = ?", Timestamp.from(nextAttempt), reason, id, claimant);
    }

    /** Lets the request that saved a report give it to the resender at once (its own attempt failed). */
    public void release(String id, String claimant, String reason) throws SQLException {
        update("UPDATE incident SET last_mail_error = ?, claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?",
                reason, id, claimant);
    }

    /** Every waiting report is due now (the officer asked for them to be sent). */
    public int makeAllDue() throws SQLException {
        return update("UPDATE incident SET next_mail_at = NULL WHERE mail_status = 'pending'");
    }

    /** How many reports wait for mail (any lease or back-off). */
    public int waitingCount() throws SQLException {
        requireDatabase();
        try (Connection con = database.connect(); PreparedStatement ps = con.prepareStatement(
                "SELECT COUNT(*) FROM incident WHERE mail_status = 'pending'"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Mail attempts made for one report (tests and the admin page). */
    public int failedAttempts(String id) throws SQLException {
        requireDatabase();
        try (Connection con = database.connect(); PreparedStatement ps = con.prepareStatement("SELECT mail_attempts FROM incident WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private int update(String sql, Object... args) throws SQLException {
        requireDatabase();
        try (Connection con = database.connect(); PreparedStatement ps = con.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            return ps.executeUpdate();
        }
    }

    private static Incident incident(ResultSet rs) throws SQLException {
        return new Incident(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7));
    }

    public void setMailStatus(String id, String status) throws SQLException {
        requireDatabase();
        try (Connection con = database.connect(); PreparedStatement ps = con.prepareStatement("UPDATE incident SET mail_status = ? WHERE id = ?")) {
            ps.setString(1, status);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    /** The latest reports first. */
    public List<Incident> recent(int limit) throws SQLException {
        return select("SELECT id, reported_at, category, what_happened, contact, pasted_text, mail_status FROM incident ORDER BY reported_at DESC", limit);
    }

    /** Reports whose mail could not be sent yet, oldest first. */
    public List<Incident> waitingForMail(int limit) throws SQLException {
        return select("SELECT id, reported_at, category, what_happened, contact, pasted_text, mail_status FROM incident "
                + "WHERE mail_status = 'pending' ORDER BY reported_at", limit);
    }

    private List<Incident> select(String sql, int limit) throws SQLException {
        requireDatabase();
        try (Connection con = database.connect(); PreparedStatement ps = con.prepareStatement(sql)) {
            ps.setMaxRows(limit);
            List<Incident> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(incident(rs));
            }
            return out;
        }
    }

    private void requireDatabase() throws SQLException {
        if (database == null) throw new SQLException("no database");
        if (!migrated.getAsBoolean()) throw new SQLException("database unreachable");
    }
}
