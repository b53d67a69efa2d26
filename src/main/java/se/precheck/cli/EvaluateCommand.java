package se.precheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "evaluate", description = "Score the engine on an annotated corpus (precision, recall, F2 per category; verdict accuracy).")
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Corpus folder.")
    Path dir;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("evaluate is not built yet");
    }
}
