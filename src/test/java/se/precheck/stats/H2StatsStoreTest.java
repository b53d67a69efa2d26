package se.precheck.stats;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: an H2 file. */
class H2StatsStoreTest extends StatsStoreContract {

    private static final AtomicInteger N = new AtomicInteger();

    @TempDir
    Path dir;

    @Override
    Db emptyDatabase() {
        return new Db("jdbc:h2:file:" + dir.resolve("stats-" + N.incrementAndGet()).toAbsolutePath(), "", "");
    }

    @Override
    Path dataFiles() {
        return dir;
    }

    @Override
    void checkpoint(Db db) throws Exception {
        try (Connection con = DriverManager.getConnection(db.url(), db.user(), db.password()); Statement s = con.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }
}
