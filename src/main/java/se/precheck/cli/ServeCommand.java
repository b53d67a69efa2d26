package se.precheck.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.precheck.policy.PolicySource;
import se.precheck.policy.PolicyStatus;
import se.precheck.stats.StatsStore;
import se.precheck.web.PrecheckServer;
import se.precheck.web.ServerConfig;

@Command(name = "serve", description = "Start the service (settings from the environment and precheck.yaml).")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    /** How often the policy file is read again. */
    static final long RELOAD_SECONDS = 5;
    /** How often counted checks are written to the statistics database. */
    static final long FLUSH_MILLIS = 2_000;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = ServerConfig.load(System.getenv());
        String file = config.officer().policyFile();
        PolicySource policy = file.isBlank() ? PolicySource.defaultOnly()
                : PolicySource.ofFile(Path.of(file), Clock.systemUTC()).watchEvery(RELOAD_SECONDS);
        PolicyStatus status = policy.status();
        if (!status.healthy()) {
            LOG.error("Policyfilen {} kan inte användas, standardpolicyn gäller: {}", status.source(), status.problems());
        }
        ServerConfig.OfficerSettings officer = config.officer();
        String dbUrl = officer.dbUrl().isBlank() ? ServerConfig.OfficerSettings.DEFAULT_DB_URL : officer.dbUrl();
        StatsStore stats = StatsStore.open(dbUrl, officer.dbUser(), officer.dbPassword(), Clock.systemUTC()).flushEvery(FLUSH_MILLIS);
        LOG.info("Statistik: {}{}", stats.status().engine(), officer.dbUrl().isBlank() ? " (inbyggd fil ./data/precheck-stats)" : "");
        Javalin app = PrecheckServer.create(config, policy, policy::status, stats).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stats.close();
            policy.close();
        }));
        // Serve until the process is stopped; returning would make main() exit.
        new CountDownLatch(1).await();
        return 0;
    }
}
