package se.precheck.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import se.precheck.detect.Analyzer;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;
import se.precheck.web.PrecheckServer;
import se.precheck.web.ServerConfig;

@Command(name = "serve", description = "Start the service (settings from the environment and precheck.yaml).")
final class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = ServerConfig.load(System.getenv());
        Policy policy = PolicyLoader.loadDefault();
        // Load the dictionaries and lexicons now, so the first user's check is as fast as the rest.
        Analyzer.analyze("Uppstart av tjänsten.", policy);
        Javalin app = PrecheckServer.create(config, () -> policy).start();
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
        // Serve until the process is stopped; returning would make main() exit.
        new CountDownLatch(1).await();
        return 0;
    }
}
