package se.precheck.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The incident reports users send on purpose (what happened, category, optional contact and
 * optional deliberately pasted text). Apart from the counters, which never hold text.
 */
public final class IncidentLog {

    private final Database database;

    IncidentLog(Database database) {
        this.database = database;
    }

    /** @throws SQLException when the database cannot be written: the caller says the report was not saved */
    public void save(Incident incident) throws SQLException {
        requireDatabase();
        try (Connection con = database.connect(); PreparedStatement ps = con.prepareStatement(
                "INSERT INTO incident (id, reported_at, category, what_happened, contact, pasted_text, mail_status) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, incident.id());
            ps.setTimestamp(2, Timestamp.from(incident.reportedAt()));
            ps.setString(3, incident.category());
            ps.setString(4, incident.whatHappened());
            ps.setString(5, incident.contact().isEmpty() ? null : incident.contact());
            ps.setString(6, incident.pastedText().isEmpty() ? null : incident.pastedText());
            ps.setString(7, incident.mailStatus());
            ps.executeUpdate();
        }
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
                while (rs.next()) {
                    out.add(new Incident(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
            return out;
        }
    }

    private void requireDatabase() throws SQLException {
        if (database == null) throw new SQLException("no database");
    }
}
