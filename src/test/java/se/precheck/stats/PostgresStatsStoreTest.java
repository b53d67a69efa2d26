package se.precheck.stats;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A real PostgreSQL server, started by the test itself from the binaries in a Maven artifact. */
class PostgresStatsStoreTest extends StatsStoreContract {

    private static final AtomicInteger N = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private static Path dataDir;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("precheck-pg");
        postgres = TestPostgres.builder(dataDir, true).start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) postgres.close();
    }

    @Override
    Db emptyDatabase() throws Exception {
        String name = "stats_" + N.incrementAndGet();
        try (Connection con = postgres.getPostgresDatabase().getConnection(); Statement s = con.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return new Db(postgres.getJdbcUrl("postgres", name), "postgres", "");
    }

    @Override
    Path dataFiles() {
        return dataDir;
    }

    @Override
    void checkpoint(Db db) throws Exception {
        try (Connection con = postgres.getPostgresDatabase().getConnection(); Statement s = con.createStatement()) {
            s.execute("CHECKPOINT");
        }
    }
}
