package se.precheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.precheck.policy.PolicyLoader;

/** docs/rules.md is generated from the policy; this fails when someone changes one without the other. */
class RuleCatalogueDocTest {

    @Test
    void docs_rules_md_is_up_to_date() throws Exception {
        String expected = RulesCommand.catalogue(PolicyLoader.loadDefault());
        String actual = Files.readString(Path.of("docs/rules.md"));
        assertThat(actual)
                .as("docs/rules.md is stale: run java -jar target/copilot-precheck.jar rules --out docs/rules.md")
                .isEqualTo(expected);
    }
}
