package se.precheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;
import se.precheck.policy.Rule;

/** Writes the rule catalogue (docs/rules.md) from the policy, so the document cannot drift from the data. */
@Command(name = "rules", description = "Print the rule catalogue as Markdown, or write it with --out.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", description = "Write to this file instead of standard out.")
    Path out;

    @Override
    public Integer call() throws IOException {
        String markdown = catalogue(PolicyLoader.loadDefault());
        if (out == null) {
            spec.commandLine().getOut().print(markdown);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(out, markdown, StandardCharsets.UTF_8);
        }
        return 0;
    }

    static String catalogue(Policy policy) {
        StringBuilder b = new StringBuilder();
        b.append("# Regelkatalog / Rule catalogue\n\n")
                .append("Generated from `src/main/resources/policy/` by `java -jar target/copilot-precheck.jar rules --out docs/rules.md`. ")
                .append("Do not edit by hand; a test fails when this file and the policy differ.\n\n")
                .append("Guideline: ").append(policy.guidelineVersion()).append("\n\n")
                .append("| rule | category | severity | redaction fixes it | default operator | guideline section |\n")
                .append("|---|---|---|---|---|---|\n");
        var rules = policy.allRules().stream()
                .sorted(Comparator.comparing((Rule r) -> r.category().ordinal()).thenComparing(Rule::id)).toList();
        for (Rule r : rules) {
            b.append("| `").append(r.id()).append("` | ").append(r.category()).append(" | ")
                    .append(r.severity().wireName()).append(" | ").append(r.redactable() ? "yes" : "no").append(" | ")
                    .append(r.operator()).append(" | ").append(r.guideline().sv()).append(" |\n");
        }
        b.append("\n## Explanations\n");
        for (Rule r : rules) {
            b.append("\n### `").append(r.id()).append("`: ").append(r.title().sv()).append(" / ").append(r.title().en()).append("\n\n")
                    .append("- sv: ").append(r.explanation().sv()).append("\n")
                    .append("- en: ").append(r.explanation().en()).append("\n");
        }
        return b.toString();
    }
}
