package se.precheck.stats;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.precheck.detect.Verdict;
import se.precheck.policy.Category;

/**
 * Content-free statistics: how many checks per day, host, administration and verdict, how many
 * findings per category, how many redactions. No method takes text or who the user is; counting
 * happens in memory and never blocks or fails a check, and a short timer adds the counts to the
 * database. When the database cannot be reached the counts stay in memory (and {@link #status()}
 * says so) until it can, up to a bound on distinct counters; beyond it counts are dropped and
 * {@link #status()} says how many. Several service instances can share one PostgreSQL database:
 * each adds its own counts.
 */
public final class StatsStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StatsStore.class);
    /** The municipality's day, for "per day". */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private static final java.util.Set<String> RETRY_STATES = java.util.Set.of("23505", "40001", "40P01");

    record CheckKey(LocalDate day, OfficeHost host, Administration administration, Verdict verdict) {
    }

    record FindingKey(LocalDate day, OfficeHost host, Administration administration, Category category) {
    }

    record RedactionKey(LocalDate day, Administration administration) {
    }

    /**
     * At most this many distinct counters (day × host × administration × verdict or category) are
     * held in memory while the database cannot be written; a count for a new counter beyond it is
     * dropped, and {@link #status()} says how many were. About 100 bytes each: a few MB at most.
     */
    public static final int DEFAULT_MAX_PENDING_KEYS = 20_000;

    private final Database database;
    private final Clock clock;
    private volatile int maxPendingKeys = DEFAULT_MAX_PENDING_KEYS;
    private final java.util.concurrent.atomic.AtomicLong dropped = new java.util.concurrent.atomic.AtomicLong();
    private final ConcurrentHashMap<CheckKey, Long> checks = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<FindingKey, Long> findings = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<RedactionKey, Long> redactions = new ConcurrentHashMap<>();
    private final Object flushLock = new Object();
    private volatile boolean migrated;
    private final Object migration = new Object();
    /** Counters taken out of memory by a flush that has not finished. */
    private volatile long inFlight;
    private volatile boolean reachable = true;
    private volatile Instant lastFlush;
    private volatile String problem;
    private ScheduledExecutorService timer;

    private final IncidentLog incidents;

    private StatsStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.incidents = new IncidentLog(database, this::ensureMigrated);
    }

    /** The incident reports, kept in the same database (apart from the counters). */
    public IncidentLog incidents() {
        if (database != null) ensureMigrated();
        return incidents;
    }

    /**
     * Counts kept in the database at {@code url} (an H2 file or PostgreSQL), migrated now when it
     * can be reached, else at the first flush that reaches it.
     */
    public static StatsStore open(String url, String user, String password, Clock clock) {
        StatsStore store = new StatsStore(new Database(url, user, password), clock);
        store.ensureMigrated();
        return store;
    }

    /** Counts nowhere (tests and tools that do not keep statistics). */
    public static StatsStore disabled() {
        return new StatsStore(null, Clock.systemUTC());
    }

    /** Writes the counts to the database every {@code millis} on a daemon thread. */
    public synchronized StatsStore flushEvery(long millis) {
        if (database != null && timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "stats-flush");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::flush, millis, millis, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** One check: its verdict and how many findings of each category it had. Never throws. */
    public void recordCheck(OfficeHost host, Administration administration, Verdict verdict, Map<Category, Integer> findingsPerCategory) {
        if (database == null) return;
        try {
            LocalDate day = today();
            Administration adm = administration == null ? Administration.UNKNOWN : administration;
            count(checks, new CheckKey(day, host, adm, verdict), 1L);
            findingsPerCategory.forEach((category, n) -> {
                if (n != null && n > 0) count(findings, new FindingKey(day, host, adm, category), (long) n);
            });
        } catch (RuntimeException e) {
            LOG.warn("statistics not counted: {}", e.getClass().getName());
        }
    }

    /** One redaction. Never throws. */
    public void recordRedaction(Administration administration) {
        if (database == null) return;
        try {
            count(redactions, new RedactionKey(today(), administration == null ? Administration.UNKNOWN : administration), 1L);
        } catch (RuntimeException e) {
            LOG.warn("statistics not counted: {}", e.getClass().getName());
        }
    }

    /**
     * Adds {@code n} to a counter in memory, lock-free. A counter that is already there always
     * takes it; a new one only while fewer than the bound are held (the bound is approximate under
     * contention, by at most the number of threads).
     */
    private <K> void count(ConcurrentHashMap<K, Long> counts, K key, long n) {
        if (counts.size() >= maxPendingKeys && !counts.containsKey(key)) {
            long before = dropped.getAndAdd(n);
            if (before == 0) LOG.warn("statistics held in memory reached {} counters; new counts are dropped until the database takes them", maxPendingKeys);
            return;
        }
        counts.merge(key, n, Long::sum);
    }

    /** The bound on counters held in memory, per kind (tests use a small one). */
    public StatsStore maxPendingKeys(int max) {
        if (max < 1) throw new IllegalArgumentException("max must be positive");
        this.maxPendingKeys = max;
        return this;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public StatsStatus status() {
        if (database == null) {
            return new StatsStatus("none", true, 0, null, null, 0);
        }
        long pending = checks.size() + findings.size() + redactions.size() + inFlight;
        return new StatsStatus(database.engine(), reachable, pending, lastFlush, problem, dropped.get());
    }

    /**
     * Adds the counts held in memory to the database, in one transaction. Counts are taken out of
     * memory atomically per key; if the write fails they are put back, so none is lost.
     *
     * @return whether the database was written
     */
    public boolean flush() {
        if (database == null) return true;
        synchronized (flushLock) {
            if (!ensureMigrated()) return false;
            Map<CheckKey, Long> c = drain(checks);
            Map<FindingKey, Long> f = drain(findings);
            Map<RedactionKey, Long> r = drain(redactions);
            if (c.isEmpty() && f.isEmpty() && r.isEmpty()) {
                return true;
            }
            // Out of the maps but not yet in the database: still pending for status().
            inFlight = c.size() + f.size() + r.size();
            try {
                return write(c, f, r);
            } finally {
                inFlight = 0;
            }
        }
    }

    /**
     * Writes drained counts, retrying a conflict between instances; on any failure puts them back
     * (also on an unexpected runtime exception, which would otherwise lose them and end the timer).
     */
    private boolean write(Map<CheckKey, Long> c, Map<FindingKey, Long> f, Map<RedactionKey, Long> r) {
        for (int attempt = 1; ; attempt++) {
            try {
                writeOnce(c, f, r);
                markReachable();
                return true;
            } catch (SQLException | RuntimeException e) {
                // Another instance inserted the same row first: adding again turns into an update.
                // A deadlock or serialization failure between instances: try again.
                if (e instanceof SQLException sql && RETRY_STATES.contains(sql.getSQLState()) && attempt < 3) continue;
                c.forEach((k, v) -> checks.merge(k, v, Long::sum));
                f.forEach((k, v) -> findings.merge(k, v, Long::sum));
                r.forEach((k, v) -> redactions.merge(k, v, Long::sum));
                markUnreachable(e);
                return false;
            }
        }
    }

    private static <K> Map<K, Long> drain(ConcurrentHashMap<K, Long> counts) {
        Map<K, Long> out = new java.util.HashMap<>();
        for (K key : new ArrayList<>(counts.keySet())) {
            Long n = counts.remove(key);
            if (n != null) out.merge(key, n, Long::sum);
        }
        return out;
    }

    private boolean ensureMigrated() {
        if (migrated) return true;
        // One migration at a time: the flush timer, the incident resender and a request can all
        // find the database back at once, and two Flyway runs side by side fail each other.
        synchronized (migration) {
            if (migrated) return true;
            try {
                database.migrate();
                migrated = true;
                return true;
            } catch (RuntimeException e) {
                markUnreachable(e);
                return false;
            }
        }
    }

    private void markReachable() {
        if (!reachable) LOG.info("statistics database reachable again");
        reachable = true;
        problem = null;
        lastFlush = clock.instant();
    }

    private void markUnreachable(Exception e) {
        if (reachable) {
            // The class only: driver messages can name the address or the user.
            LOG.warn("statistics database cannot be written ({}); counting in memory", e.getClass().getName());
        }
        reachable = false;
        problem = "Statistikdatabasen kan inte nås. Räkningen fortsätter i minnet och skrivs när databasen svarar igen.";
    }

    private void writeOnce(Map<CheckKey, Long> c, Map<FindingKey, Long> f, Map<RedactionKey, Long> r) throws SQLException {
        try (Connection con = database.connect()) {
            con.setAutoCommit(false);
            try {
                for (var e : c.entrySet()) {
                    CheckKey k = e.getKey();
                    add(con, "UPDATE check_count SET checks = checks + ? WHERE check_day = ? AND office_host = ? AND administration = ? AND verdict = ?",
                            "INSERT INTO check_count (checks, check_day, office_host, administration, verdict) VALUES (?, ?, ?, ?, ?)",
                            e.getValue(), Date.valueOf(k.day()), k.host().wireName(), k.administration().name(), k.verdict().wireName());
                }
                for (var e : f.entrySet()) {
                    FindingKey k = e.getKey();
                    add(con, "UPDATE finding_count SET findings = findings + ? WHERE check_day = ? AND office_host = ? AND administration = ? AND category = ?",
                            "INSERT INTO finding_count (findings, check_day, office_host, administration, category) VALUES (?, ?, ?, ?, ?)",
                            e.getValue(), Date.valueOf(k.day()), k.host().wireName(), k.administration().name(), k.category().name());
                }
                for (var e : r.entrySet()) {
                    RedactionKey k = e.getKey();
                    add(con, "UPDATE redaction_count SET redactions = redactions + ? WHERE check_day = ? AND administration = ?",
                            "INSERT INTO redaction_count (redactions, check_day, administration) VALUES (?, ?, ?)",
                            e.getValue(), Date.valueOf(k.day()), k.administration().name());
                }
                con.commit();
            } catch (SQLException | RuntimeException e) {
                con.rollback();
                throw e;
            }
        }
    }

    /** Adds {@code n} to the row with these keys, creating it when it is not there yet. */
    private static void add(Connection con, String update, String insert, long n, Object... keys) throws SQLException {
        try (PreparedStatement u = con.prepareStatement(update)) {
            u.setLong(1, n);
            for (int i = 0; i < keys.length; i++) u.setObject(i + 2, keys[i]);
            if (u.executeUpdate() > 0) return;
        }
        try (PreparedStatement i = con.prepareStatement(insert)) {
            i.setLong(1, n);
            for (int j = 0; j < keys.length; j++) i.setObject(j + 2, keys[j]);
            i.executeUpdate();
        }
    }

    /** The checks from {@code from} to {@code to}, both included, as stored (flushed counts only). */
    public List<CheckRow> checkRows(LocalDate from, LocalDate to) throws SQLException {
        return query("SELECT check_day, office_host, administration, verdict, checks FROM check_count WHERE check_day BETWEEN ? AND ? "
                + "ORDER BY check_day, office_host, administration, verdict", from, to,
                rs -> new CheckRow(rs.getDate(1).toLocalDate(), OfficeHost.of(rs.getString(2)),
                        new Administration(rs.getString(3)), rs.getString(4), rs.getLong(5)));
    }

    public List<FindingRow> findingRows(LocalDate from, LocalDate to) throws SQLException {
        return query("SELECT check_day, office_host, administration, category, findings FROM finding_count WHERE check_day BETWEEN ? AND ? "
                + "ORDER BY check_day, office_host, administration, category", from, to,
                rs -> new FindingRow(rs.getDate(1).toLocalDate(), OfficeHost.of(rs.getString(2)),
                        new Administration(rs.getString(3)), Category.valueOf(rs.getString(4)), rs.getLong(5)));
    }

    public List<RedactionRow> redactionRows(LocalDate from, LocalDate to) throws SQLException {
        return query("SELECT check_day, administration, redactions FROM redaction_count WHERE check_day BETWEEN ? AND ? "
                + "ORDER BY check_day, administration", from, to,
                rs -> new RedactionRow(rs.getDate(1).toLocalDate(), new Administration(rs.getString(2)), rs.getLong(3)));
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, LocalDate from, LocalDate to, RowMapper<T> mapper) throws SQLException {
        if (database == null) return List.of();
        if (!ensureMigrated()) throw new SQLException("statistics database unreachable");
        try (Connection con = database.connect(); PreparedStatement ps = con.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(mapper.map(rs));
            }
            return out;
        }
    }

    private volatile byte[] formKey;

    /**
     * The key that signs the admin pages' form tokens: made once and kept in the database so every
     * instance accepts the others' forms; a key of this process alone while the database cannot be reached.
     */
    public byte[] formKey() {
        byte[] key = formKey;
        if (key != null) return key;
        synchronized (this) {
            if (formKey != null) return formKey;
            byte[] fresh = new byte[32];
            new java.security.SecureRandom().nextBytes(fresh);
            String hex = java.util.HexFormat.of().formatHex(fresh);
            if (database == null || !ensureMigrated()) return fresh; // not remembered: try the database next time
            try (Connection con = database.connect()) {
                String stored = readFormKey(con);
                if (stored == null) {
                    try (PreparedStatement ps = con.prepareStatement("INSERT INTO form_key (id, key_value) VALUES (1, ?)")) {
                        ps.setString(1, hex);
                        ps.executeUpdate();
                        stored = hex;
                    } catch (SQLException e) {
                        stored = readFormKey(con); // another instance made it first
                    }
                }
                formKey = java.util.HexFormat.of().parseHex(stored);
                return formKey;
            } catch (SQLException | RuntimeException e) {
                return fresh;
            }
        }
    }

    private static String readFormKey(Connection con) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("SELECT key_value FROM form_key WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Stops the timer and writes what is left. */
    @Override
    public void close() {
        synchronized (this) {
            if (timer != null) {
                // Not shutdownNow: interrupting a write can close H2's file.
                timer.shutdown();
                try {
                    timer.awaitTermination(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                timer = null;
            }
        }
        flush();
    }

    @Override
    public String toString() {
        return "StatsStore[" + (database == null ? "none" : database.engine()) + "]";
    }
}
