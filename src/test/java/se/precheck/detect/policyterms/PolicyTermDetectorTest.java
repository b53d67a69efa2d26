package se.precheck.detect.policyterms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.detect.Analyzer;
import se.precheck.detect.Finding;
import se.precheck.detect.Normalizer;
import se.precheck.detect.ReportedFinding;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

class PolicyTermDetectorTest {

    static final Policy DEFAULT = PolicyLoader.loadDefault();
    static final Policy POLICY = with(
            Map.of(Category.INTERNAL_INFORMATION, List.of("Projekt Falken", "Projekt Falken Nord"),
                    Category.HEALTH, List.of("beroendemottagning*", "LSS-boende*"),
                    Category.PERSON_NAME, List.of("Ola Ek")),
            Map.of(Category.HEALTH, Set.of("Beroendemottagningens växel")));

    static Policy with(Map<Category, List<String>> extra, Map<Category, Set<String>> allowed) {
        Policy p = DEFAULT;
        return new Policy(p.version(), p.guidelineVersion(), p.rules(), p.reminders(), p.switchboardNumbers(), p.intranetHosts(),
                p.localSystems(), p.allowedTerms(), p.minConfidence(), p.tenants(), p.profiles(), extra, allowed);
    }

    static List<Finding> find(String text) {
        return new PolicyTermDetector().detect(Normalizer.normalize(text), POLICY);
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // must fire: text, category, surface
                arguments("Budgeten för Projekt Falken är klar.", Category.INTERNAL_INFORMATION, "Projekt Falken", "exact, capitalised"),
                arguments("budgeten för PROJEKT FALKEN är klar", Category.INTERNAL_INFORMATION, "PROJEKT FALKEN", "any case"),
                arguments("Se projekt\nfalken nord.", Category.INTERNAL_INFORMATION, "projekt\nfalken nord", "line break inside, longest term wins"),
                arguments("Hon går på beroendemottagningen varje vecka.", Category.HEALTH, "beroendemottagningen", "* takes the inflection"),
                arguments("Beroendemottagning i Hedemora", Category.HEALTH, "Beroendemottagning", "* with no ending"),
                arguments("Han bor på LSS-boendet Solrosen.", Category.HEALTH, "LSS-boendet", "hyphen inside the term"),
                arguments("Ola Ek ringde.", Category.PERSON_NAME, "Ola Ek", "a name at the start"),
                // must not fire: category null
                arguments("Projekt Falkenberg startar.", null, null, "no * : Falkenberg is another word"),
                arguments("Projektet Falken startar.", null, null, "another first word"),
                arguments("Hon ringde Beroendemottagningens växel.", null, null, "allowed for HEALTH"),
                arguments("Vi har inga projekt alls.", null, null, "only part of the term"),
                arguments("Bola Ek och Ola Eken", null, null, "not whole words"),
                arguments("", null, null, "empty text"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("rows")
    void finds_the_terms_as_whole_words(String text, Category category, String surface, String why) {
        List<Finding> found = find(text);
        if (category == null) {
            assertThat(found).as(why).isEmpty();
            return;
        }
        assertThat(found).as(why).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(category);
            assertThat(text.substring(f.start(), f.end())).isEqualTo(surface);
            assertThat(f.ruleId()).isEqualTo(PolicyTermDetector.ruleId(category));
            assertThat(f.evidence()).isEqualTo("policy-term");
        });
    }

    @Test
    void the_default_policy_has_no_terms_and_finds_nothing() {
        assertThat(new PolicyTermDetector().detect(Normalizer.normalize("Projekt Falken"), DEFAULT)).isEmpty();
    }

    @Test
    void through_the_analyzer_with_original_offsets_and_the_municipal_explanation() {
        String text = "Läs om Pro\u200Bjekt Falken i dag.";
        List<ReportedFinding> findings = Analyzer.analyze(text, POLICY).findings();
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.rule().id()).isEqualTo("KOM-internal-information");
            assertThat(text.substring(f.finding().start(), f.finding().end())).isEqualTo("Pro\u200Bjekt Falken");
            assertThat(f.rule().explanation().in("sv")).startsWith("Kommunen har angett att det här ordet är intern information");
        });
    }

    @Test
    void long_hostile_input_finishes() {
        for (String unit : List.of("p", "projekt ", "Projekt Falke", "beroendemottagning", " ", "-")) {
            String text = unit.repeat(1_000_000 / unit.length());
            assertThat(find(text)).isNotNull();
        }
    }
}
