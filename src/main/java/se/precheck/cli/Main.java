package se.precheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar copilot-precheck.jar <command>}. */
@Command(name = "copilot-precheck",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Kontrollera före Copilot: checks text against the municipality's guideline for generative AI.",
        subcommands = {ServeCommand.class, CheckCommand.class, EvaluateCommand.class, RulesCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, also for tests (they set their own output streams). */
    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }
}
