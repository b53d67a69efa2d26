package se.precheck.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.precheck.detect.Analyzer;

/** extraTerms and allowedTermsByCategory in the municipality's policy file: read, checked with lines, reloaded. */
class PolicyTermsFileTest {

    @TempDir
    Path dir;

    Path write(String yaml) throws Exception {
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void terms_per_category_are_read_and_person_names_also_count_as_public_names() throws Exception {
        Policy p = PolicyLoader.loadWithOverrides(write("""
                extraTerms:
                  INTERNAL_INFORMATION: ["Projekt Falken", "  Projekt   Falken  "]
                  HEALTH: [Beroendemottagning*]
                allowedTermsByCategory:
                  PERSON_NAME: [Anna Andersson]
                  HEALTH: [Beroendemottagningens öppettider]
                """));
        assertThat(p.extraTerms()).containsOnlyKeys(Category.INTERNAL_INFORMATION, Category.HEALTH);
        assertThat(p.extraTerms().get(Category.INTERNAL_INFORMATION)).containsExactly("Projekt Falken");
        assertThat(p.allowedTermsByCategory().get(Category.PERSON_NAME)).containsExactly("Anna Andersson");
        assertThat(p.allowedTerms()).contains("Anna Andersson");
        assertThat(p.allows(Category.HEALTH, "beroendemottagningens  Öppettider")).isTrue();
        assertThat(p.allows(Category.PERSON_NAME, "Beroendemottagningens öppettider")).isFalse();
        assertThat(p.rule("KOM-internal-information")).isPresent();
        assertThat(p.forAdministration("x").extraTerms()).isEqualTo(p.extraTerms());
    }

    @Test
    void an_allowed_term_silences_every_detector_of_its_category_and_only_that_category() throws Exception {
        String text = "Eleven har ADHD och bor på Storgatan 12 i Hedemora.";
        assertThat(Analyzer.analyze(text, PolicyLoader.loadDefault()).findings())
                .extracting(f -> f.finding().category()).contains(Category.HEALTH, Category.ADDRESS);
        Policy p = PolicyLoader.loadWithOverrides(write("""
                allowedTermsByCategory:
                  HEALTH: [adhd]
                  PERSON_NAME: [Storgatan*]
                """));
        assertThat(Analyzer.analyze(text, p).findings()).extracting(f -> f.finding().category())
                .doesNotContain(Category.HEALTH).as("allowed for names, not for addresses").contains(Category.ADDRESS);
    }

    @Test
    void an_unknown_category_or_an_empty_list_is_named_with_its_line_in_swedish_and_english() throws Exception {
        assertThatThrownBy(() -> PolicyLoader.loadWithOverrides(write("""
                guidelineVersion: "x"
                extraTerms:
                  HALSA: [sjukskriv*]
                  HEALTH: []
                  RELIGION: ["", "a*", "ok-term", "<script>"]
                allowedTermsByCategory: [Anna]
                """)))
                .isInstanceOf(PolicyException.class)
                .satisfies(e -> assertThat(((PolicyException) e).problems()).containsExactlyInAnyOrder(
                        "rad 3: extraTerms: okänd kategori 'HALSA' (tillåtna: " + String.join(", ",
                                java.util.Arrays.stream(Category.values()).map(Enum::name).toList())
                                + ") (line 3: extraTerms: unknown category 'HALSA')",
                        "rad 4: extraTerms.HEALTH ska vara en lista med minst ett ord, t.ex. [\"Projekt Falken\"]"
                                + " (line 4: extraTerms.HEALTH must be a list of at least one term)",
                        "rad 5: extraTerms.RELIGION: tomt ord i listan (line 5: extraTerms.RELIGION: empty term in the list)",
                        "rad 5: extraTerms.RELIGION: 'a*' är för kort före * (minst tre bokstäver)"
                                + " (line 5: extraTerms.RELIGION: 'a*' is too short before * (at least three letters))",
                        "rad 5: extraTerms.RELIGION: '<script>' är inget ord eller uttryck (bokstäver, siffror och mellanslag; * bara sist)"
                                + " (line 5: extraTerms.RELIGION: '<script>' is not a term (letters, digits and spaces; * only at the end))",
                        "rad 6: allowedTermsByCategory ska ha en kategori per nyckel, t.ex. allowedTermsByCategory: {HEALTH: [\"...\"]}"
                                + " (line 6: allowedTermsByCategory must map a category to a list of terms, e.g. allowedTermsByCategory: {HEALTH: [\"...\"]})"));
    }

    @Test
    void the_terms_are_picked_up_on_reload_and_a_broken_list_keeps_the_last_good_ones() throws Exception {
        Path file = write("extraTerms: {INTERNAL_INFORMATION: [Projekt Falken]}\n");
        try (PolicySource source = PolicySource.ofFile(file, Clock.systemUTC())) {
            String text = "Underlaget gäller projekt falken och budgeten.";
            assertThat(Analyzer.analyze(text, source.get()).findings()).extracting(f -> f.rule().id()).contains("KOM-internal-information");

            Files.writeString(file, "extraTerms: {INTERNAL_INFORMATION: [Projekt Örnen]}\n");
            source.reloadIfChanged();
            assertThat(Analyzer.analyze(text, source.get()).findings()).extracting(f -> f.rule().id()).doesNotContain("KOM-internal-information");
            assertThat(Analyzer.analyze("Om Projekt Örnen.", source.get()).findings()).extracting(f -> f.rule().id()).contains("KOM-internal-information");

            Files.writeString(file, "extraTerms: {INTERNT: [Projekt Örnen]}\n");
            source.reloadIfChanged();
            assertThat(source.status().state()).isEqualTo("invalid");
            assertThat(source.status().problems()).singleElement().asString().startsWith("rad 1: extraTerms: okänd kategori 'INTERNT'");
            assertThat(source.get().extraTerms().get(Category.INTERNAL_INFORMATION)).isEqualTo(List.of("Projekt Örnen"));
        }
    }

    @Test
    void the_default_policy_has_a_rule_per_category_for_the_terms_and_none_of_its_own() {
        Policy p = PolicyLoader.loadDefault();
        assertThat(p.extraTerms()).isEmpty();
        for (Category c : Category.values()) {
            Rule r = p.rule("KOM-" + c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).orElseThrow();
            assertThat(r.category()).isEqualTo(c);
            assertThat(r.explanation().in("sv")).startsWith("Kommunen har angett att det här ordet är");
        }
    }
}
