package se.precheck.stats;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.Flyway;

/**
 * Where the counts are kept: a JDBC URL with its user and password (never logged or shown) and
 * the Flyway migrations in {@code db/migration}.
 */
final class Database {

    private final String url;
    private final String user;
    private final String password;

    Database(String url, String user, String password) {
        this.url = url;
        this.user = user == null ? "" : user;
        this.password = password == null ? "" : password;
    }

    /** "h2" or "postgresql" (from the URL only, so it can be said without connecting). */
    String engine() {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:h2:")) return "h2";
        if (u.startsWith("jdbc:postgresql:")) return "postgresql";
        return "jdbc";
    }

    /**
     * A connection; on PostgreSQL a read that gets no answer for {@link #SOCKET_TIMEOUT_SECONDS}
     * fails instead of hanging the flush thread forever (a setting in the URL wins).
     */
    Connection connect() throws SQLException {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        if (engine().equals("postgresql")) {
            props.setProperty("connectTimeout", "10");
            props.setProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
        }
        return DriverManager.getConnection(url, props);
    }

    static final int SOCKET_TIMEOUT_SECONDS = 60;

    /** Creates the tables on an empty database, or brings an older schema up to date. */
    void migrate() {
        flyway(null).migrate();
    }

    /** Only up to {@code version} (tests of migrating from a previous schema). */
    void migrateTo(String version) {
        flyway(version).migrate();
    }

    private Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .connectRetries(0).loggers("slf4j");
        if (target != null) config.target(target);
        return config.load();
    }

    @Override
    public String toString() {
        return "Database[" + engine() + "]";
    }
}
