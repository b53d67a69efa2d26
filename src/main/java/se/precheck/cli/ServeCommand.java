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
import se.precheck.web.PrecheckServer;
import se.precheck.web.ServerConfig;

@Command(name = "serve", description = "Start the service (settings from the environment and precheck.yaml).")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    /** How often the policy file is read again. */
    static final long RELOAD_SECONDS = 5;

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
        Javalin app = PrecheckServer.create(config, policy, policy::status).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            policy.close();
        }));
        // Serve until the process is stopped; returning would make main() exit.
        new CountDownLatch(1).await();
        return 0;
    }
}
