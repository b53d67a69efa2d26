package se.precheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.precheck.eval.CorpusException;
import se.precheck.eval.CorpusReader;
import se.precheck.eval.EvaluationReport;
import se.precheck.policy.PolicyLoader;
import se.precheck.web.Json;

/**
 * Scores the engine on an annotated corpus. Exit code 0 whatever the figures; 2 when the corpus
 * cannot be read (the message names the file and line).
 */
@Command(name = "evaluate", description = "Score the engine on an annotated corpus (precision, recall, F2 per category; verdict accuracy).")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Corpus folder: *.jsonl files, split by the sub-folders tune/ and heldout/.")
    Path dir;

    @Option(names = "--json", description = "Write the report as JSON instead of a table.")
    boolean json;

    @Option(names = "--misses", description = "List every false negative and false positive (id, category, offsets; the table also quotes the text).")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EvaluationReport report;
        try {
            report = EvaluationReport.evaluate(CorpusReader.read(dir), PolicyLoader.loadDefault());
        } catch (CorpusException e) {
            err.println("Kan inte läsa korpusen: " + e.getMessage());
            err.flush();
            return CheckCommand.UNREADABLE;
        }
        out.print(json
                ? Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report.json(misses)) + System.lineSeparator()
                : report.table(misses));
        out.flush();
        return 0;
    }
}
