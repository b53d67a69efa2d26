package se.precheck.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyLoaderTest {

    private static final String MAIN = """
            guidelineVersion: "Riktlinje 2025"
            minConfidence: 0.5
            ruleFiles: [a.yaml]
            guidelineSections:
              gdpr: {sv: "Regel 4", en: "Rule 4"}
            """;

    private static final String RULE = """
            - id: R-test
              category: EMAIL
              severity: medium
              redactable: true
              label: E-POST
              operator: replace
              section: gdpr
              title: {sv: "E-post", en: "E-mail"}
              explanation: {sv: "Förklaring", en: "Explanation"}
            """;

    static Policy load(Map<String, String> files) {
        return PolicyLoader.load(name -> {
            String content = files.get(name);
            if (content == null) throw new PolicyException(name, List.of("filen saknas"));
            return content.getBytes(StandardCharsets.UTF_8);
        });
    }

    @Test
    void the_default_policy_loads_and_covers_every_category() {
        Policy policy = PolicyLoader.loadDefault();
        assertThat(policy.version()).startsWith("sha256:");
        assertThat(policy.allRules()).extracting(Rule::category).containsAll(List.of(Category.values()));
        assertThat(policy.allRules()).allSatisfy(rule -> {
            assertThat(rule.explanation().sv()).isNotBlank();
            assertThat(rule.explanation().en()).as(rule.id() + " English").isNotBlank();
            assertThat(rule.title().en()).isNotBlank();
            assertThat(rule.guideline().sv()).isNotBlank();
        });
        assertThat(policy.reminders()).isNotEmpty();
    }

    @Test
    void the_version_is_a_hash_of_the_content() {
        Policy a = load(Map.of("policy.yaml", MAIN, "rules/a.yaml", RULE));
        Policy same = load(Map.of("policy.yaml", MAIN, "rules/a.yaml", RULE));
        Policy changed = load(Map.of("policy.yaml", MAIN, "rules/a.yaml", RULE.replace("medium", "high")));
        assertThat(a.version()).isEqualTo(same.version()).isNotEqualTo(changed.version());
    }

    @Test
    void every_problem_is_reported_at_once() {
        String bad = RULE.replace("EMAIL", "NOT_A_CATEGORY").replace("medium", "huge").replace("gdpr", "nowhere");
        assertThatThrownBy(() -> load(Map.of("policy.yaml", MAIN, "rules/a.yaml", bad)))
                .isInstanceOf(PolicyException.class)
                .satisfies(e -> assertThat(((PolicyException) e).problems()).hasSize(3))
                .hasMessageContaining("NOT_A_CATEGORY").hasMessageContaining("huge").hasMessageContaining("nowhere");
    }

    @Test
    void duplicate_ids_unknown_keys_broken_yaml_and_missing_files_are_clear_errors() {
        Map<String, String> files = new HashMap<>(Map.of("policy.yaml", MAIN, "rules/a.yaml", RULE + RULE));
        assertThatThrownBy(() -> load(files)).hasMessageContaining("R-test finns två gånger");

        files.put("rules/a.yaml", RULE.replace("label:", "lable:"));
        assertThatThrownBy(() -> load(files)).isInstanceOf(PolicyException.class).hasMessageContaining("a.yaml");

        files.put("rules/a.yaml", "- id: [unclosed");
        assertThatThrownBy(() -> load(files)).isInstanceOf(PolicyException.class).hasMessageContaining("rad");

        files.remove("rules/a.yaml");
        assertThatThrownBy(() -> load(files)).isInstanceOf(PolicyException.class).hasMessageContaining("saknas");
    }
}
