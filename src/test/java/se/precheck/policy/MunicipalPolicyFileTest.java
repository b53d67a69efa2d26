package se.precheck.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MunicipalPolicyFileTest {

    static final String GOOD = """
            guidelineVersion: "Riktlinje för generativ AI, Exempelby kommun, 2026-01-01"
            tenants: ["72F988BF-86F1-41AF-91AB-2D7CD011DB47"]
            intranetHosts: [intra.exempelby.se]
            localSystems: [Procapita, Lifecare]
            switchboardNumbers: ["0123-456 00"]
            allowedTerms: [Anna Kommunstyrelseordförande]
            severityOverrides:
              %1$s: high
            profiles:
              Socialförvaltningen:
                severityOverrides:
                  %1$s: high
            """;

    @TempDir
    Path dir;

    static String anyRule(Severity not) {
        return PolicyLoader.loadDefault().allRules().stream().filter(r -> r.severity() != not)
                .map(Rule::id).sorted().findFirst().orElseThrow();
    }

    @Test
    void the_file_replaces_the_municipal_settings_and_the_version_covers_it() throws Exception {
        String rule = anyRule(Severity.HIGH);
        Path file = write(GOOD.formatted(rule));
        Policy policy = PolicyLoader.loadWithOverrides(file);
        Policy def = PolicyLoader.loadDefault();

        assertThat(policy.guidelineVersion()).contains("Exempelby");
        assertThat(policy.tenants()).containsExactly("72f988bf-86f1-41af-91ab-2d7cd011db47");
        assertThat(policy.intranetHosts()).containsExactly("intra.exempelby.se");
        assertThat(policy.localSystems()).containsExactlyInAnyOrder("Procapita", "Lifecare");
        assertThat(policy.switchboardNumbers()).containsExactly("012345600");
        assertThat(policy.allowedTerms()).containsExactly("Anna Kommunstyrelseordförande");
        assertThat(policy.rule(rule).orElseThrow().severity()).isEqualTo(Severity.HIGH);
        assertThat(policy.reminders()).isEqualTo(def.reminders());
        assertThat(policy.version()).startsWith("sha256:").isNotEqualTo(def.version())
                .isEqualTo(PolicyLoader.loadWithOverrides(file).version());
        Files.writeString(file, GOOD.formatted(rule).replace("Procapita", "Treserva"));
        assertThat(PolicyLoader.loadWithOverrides(file).version()).isNotEqualTo(policy.version());
    }

    @Test
    void a_profile_applies_to_its_administration_only() throws Exception {
        String rule = anyRule(Severity.HIGH);
        Path file = write("profiles:\n  Socialförvaltningen:\n    severityOverrides:\n      " + rule + ": high\n");
        Policy policy = PolicyLoader.loadWithOverrides(file);
        Severity normal = policy.rule(rule).orElseThrow().severity();
        assertThat(normal).isNotEqualTo(Severity.HIGH);
        assertThat(policy.forAdministration("socialförvaltningen ").rule(rule).orElseThrow().severity()).isEqualTo(Severity.HIGH);
        assertThat(policy.forAdministration("Barn- och utbildningsförvaltningen")).isSameAs(policy);
        assertThat(policy.forAdministration(null)).isSameAs(policy);
        assertThat(policy.forAdministration("Socialförvaltningen").version()).isEqualTo(policy.version());
    }

    @Test
    void every_problem_is_listed_in_swedish() throws Exception {
        Path file = write("""
                guidelineVersion: ""
                tenants: [inte-ett-id]
                intranetHosts: "intra.se"
                switchboardNumbers: ["ring mig"]
                severityOverrides:
                  R-finns-inte: high
                profiles:
                  Socialförvaltningen:
                    severityOverrides:
                      R-finns-inte-heller: enorm
                stavfel: true
                """);
        assertThatThrownBy(() -> PolicyLoader.loadWithOverrides(file))
                .isInstanceOf(PolicyException.class)
                .satisfies(e -> assertThat(((PolicyException) e).problems()).hasSize(8)
                        .anySatisfy(p -> assertThat(p).contains("okänd nyckel 'stavfel'"))
                        .anySatisfy(p -> assertThat(p).contains("guidelineVersion"))
                        .anySatisfy(p -> assertThat(p).contains("inte-ett-id"))
                        .anySatisfy(p -> assertThat(p).contains("intranetHosts ska vara en lista"))
                        .anySatisfy(p -> assertThat(p).contains("ring mig"))
                        .anySatisfy(p -> assertThat(p).contains("okänd regel 'R-finns-inte'"))
                        .anySatisfy(p -> assertThat(p).contains("okänd regel 'R-finns-inte-heller'"))
                        .anySatisfy(p -> assertThat(p).contains("okänd allvarlighetsgrad 'enorm'")));
    }

    @Test
    void broken_yaml_and_a_missing_file_are_clear_errors() throws Exception {
        assertThatThrownBy(() -> PolicyLoader.loadWithOverrides(write("tenants: [unclosed")))
                .isInstanceOf(PolicyException.class).hasMessageContaining("rad");
        assertThatThrownBy(() -> PolicyLoader.loadWithOverrides(dir.resolve("saknas.yaml")))
                .isInstanceOf(PolicyException.class).hasMessageContaining("finns inte");
    }

    @Test
    void a_broken_file_keeps_the_last_good_policy_and_a_fixed_one_is_picked_up() throws Exception {
        String rule = anyRule(Severity.HIGH);
        Path file = write(GOOD.formatted(rule));
        try (PolicySource source = PolicySource.ofFile(file, Clock.systemUTC())) {
            Policy good = source.get();
            assertThat(source.status().state()).isEqualTo("ok");
            assertThat(good.localSystems()).contains("Procapita");

            Files.writeString(file, "localSystems: [Treserva]\nokänd: 1\n");
            source.reloadIfChanged();
            assertThat(source.get()).isSameAs(good);
            assertThat(source.status().state()).isEqualTo("invalid");
            assertThat(source.status().healthy()).isFalse();
            assertThat(source.status().problems()).singleElement().asString().contains("okänd nyckel 'okänd'");

            Files.writeString(file, "localSystems: [Treserva]\n");
            source.reloadIfChanged();
            assertThat(source.status().state()).isEqualTo("ok");
            assertThat(source.get().localSystems()).containsExactly("Treserva");
            assertThat(source.get().version()).isNotEqualTo(good.version());
        }
    }

    @Test
    void a_file_broken_from_the_start_leaves_the_default_in_force() throws Exception {
        Path file = write("::: inte yaml :::\n  - [");
        try (PolicySource source = PolicySource.ofFile(file, Clock.systemUTC())) {
            assertThat(source.get()).isSameAs(PolicyLoader.loadDefault());
            assertThat(source.status().state()).isEqualTo("invalid");
            assertThat(source.status().problems()).isNotEmpty();
        }
    }

    @Test
    void the_file_is_watched_on_a_timer() throws Exception {
        Path file = write("localSystems: [Procapita]\n");
        try (PolicySource source = PolicySource.ofFile(file, Clock.systemUTC()).watchEvery(1)) {
            Files.writeString(file, "localSystems: [Lifecare]\n");
            long until = System.currentTimeMillis() + 10_000;
            while (!source.get().localSystems().contains("Lifecare") && System.currentTimeMillis() < until) {
                Thread.sleep(100);
            }
            assertThat(source.get().localSystems()).containsExactly("Lifecare");
        }
    }

    private Path write(String content) throws Exception {
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
