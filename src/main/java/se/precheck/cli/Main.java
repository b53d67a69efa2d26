package se.precheck.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar copilot-precheck.jar <command>}. */
@Command(name = "copilot-precheck",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Kontrollera före Copilot: checks text against the municipality's guideline for generative AI.",
        subcommands = {ServeCommand.class, CheckCommand.class, EvaluateCommand.class, RulesCommand.class, ManifestCommand.class})
public final class Main {

    public static void main(String[] args) {
        CommandLine cli = commandLine();
        // UTF-8 whatever the machine's locale: results are Swedish text and JSON.
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(cli.execute(args));
    }

    /** The command line, also for tests (they set their own output streams). */
    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }
}
