package se.precheck.stats;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;

/** The one way tests start a real PostgreSQL server from the binaries in a Maven artifact. */
public final class TestPostgres {

    /** A busy two-core build machine can take longer than the library's default ten seconds to start the server. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(90);

    private TestPostgres() {
    }

    public static EmbeddedPostgres.Builder builder(Path dataDir, boolean clean) {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(clean).setPGStartupWait(STARTUP_WAIT);
    }
}
