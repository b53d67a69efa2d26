package se.precheck.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.precheck.detect.Analysis;
import se.precheck.detect.Analyzer;
import se.precheck.detect.CheckReport;
import se.precheck.policy.Localized;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;
import se.precheck.redact.Redactor;
import se.precheck.web.Json;

/**
 * The same check as {@code POST /api/check}, for files or for JSON lines on stdin. Exit code 0
 * whatever the verdicts; 2 when some input could not be read.
 */
@Command(name = "check", description = "Check files, or JSON lines {\"id\":…,\"text\":…} on stdin with --jsonl.")
final class CheckCommand implements Callable<Integer> {

    static final int UNREADABLE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--jsonl", description = "Read {\"id\":…,\"text\":…} lines on stdin, write one result line each.")
    boolean jsonl;

    @Option(names = "--redact", description = "Print each file's redacted text (the policy's default operator per finding) instead of the JSON.")
    boolean redact;

    @Option(names = "--locale", defaultValue = "sv", description = "sv or en (default: ${DEFAULT-VALUE}).")
    String locale;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "UTF-8 text files to check.")
    List<Path> files = List.of();

    @Override
    public Integer call() throws IOException {
        Policy policy = PolicyLoader.loadDefault();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (jsonl) {
            return checkLines(policy, out, err);
        }
        if (files.isEmpty()) {
            err.println("Ange en eller flera filer, eller --jsonl för JSON-rader på standard in.");
            return UNREADABLE;
        }
        int status = 0;
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                err.println("Kan inte läsa " + file + ": " + e.getClass().getSimpleName());
                status = UNREADABLE;
                continue;
            }
            if (redact) {
                Analysis analysis = Analyzer.analyze(text, policy);
                out.print(Redactor.redact(text, analysis.findings(), Map.of(), List.of()).text());
            } else {
                out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report(text, policy, locale)));
            }
        }
        out.flush();
        return status;
    }

    private int checkLines(Policy policy, PrintWriter out, PrintWriter err) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int status = 0;
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(line);
            } catch (JacksonException e) {
                err.println("Rad " + lineNumber + ": inte giltig JSON");
                status = UNREADABLE;
                continue;
            }
            JsonNode text = node == null ? null : node.get("text");
            if (text == null || !text.isTextual()) {
                err.println("Rad " + lineNumber + ": fältet \"text\" saknas");
                status = UNREADABLE;
                continue;
            }
            String lineLocale = node.hasNonNull("locale") ? node.get("locale").asText() : locale;
            ObjectNode result = Json.MAPPER.createObjectNode();
            result.set("id", node.get("id"));
            result.setAll((ObjectNode) Json.MAPPER.valueToTree(report(text.asText(), policy, lineLocale)));
            out.println(Json.MAPPER.writeValueAsString(result));
        }
        out.flush();
        return status;
    }

    static CheckReport report(String text, Policy policy, String locale) {
        return CheckReport.of(Analyzer.analyze(text, policy), policy, Localized.language(locale));
    }
}
