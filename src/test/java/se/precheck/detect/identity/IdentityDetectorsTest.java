package se.precheck.detect.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.detect.Analysis;
import se.precheck.detect.Analyzer;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.detect.Normalizer;
import se.precheck.detect.ReportedFinding;
import se.precheck.detect.Verdict;
import se.precheck.policy.Category;

/** The family as a whole: through the analyzer, with hostile input, and with the rules' own examples. */
class IdentityDetectorsTest {

    @Test
    void findings_reach_the_report_with_original_offsets_despite_invisible_and_odd_spaces() {
        // Skatteverket test numbers 199001012385 and 191401682396; a zero-width space inside one,
        // a non-breaking space as the separator of the other.
        String text = "Eleven har personnummer 199001\u200B012385 och pappan 140168\u00A02396 (samordningsnr).";
        Analysis analysis = Analyzer.analyze(text, Rows.POLICY);

        List<ReportedFinding> identity = analysis.findings().stream()
                .filter(f -> f.finding().category() == Category.PERSONNUMMER || f.finding().category() == Category.SAMORDNINGSNUMMER)
                .toList();
        assertThat(identity).hasSize(2);
        Finding pnr = identity.get(0).finding();
        assertThat(pnr.category()).isEqualTo(Category.PERSONNUMMER);
        assertThat(pnr.start()).isEqualTo(text.indexOf("199001"));
        assertThat(pnr.end()).isEqualTo(text.indexOf("012385") + 6);
        assertThat(text.substring(pnr.start(), pnr.end())).isEqualTo("199001\u200B012385");
        Finding sam = identity.get(1).finding();
        assertThat(sam.category()).isEqualTo(Category.SAMORDNINGSNUMMER);
        assertThat(text.substring(sam.start(), sam.end())).isEqualTo("140168\u00A02396");
        assertThat(analysis.verdict()).isEqualTo(Verdict.STOP);
    }

    @Test
    void an_organisation_number_alone_is_only_info() {
        Analysis analysis = Analyzer.analyze("Faktura från 556703-7485, Stockholms stad 212000-0142.", Rows.POLICY);
        assertThat(analysis.findings()).extracting(f -> f.finding().category()).containsOnly(Category.ORGANISATION_NUMBER);
        assertThat(analysis.verdict()).isEqualTo(Verdict.OK);
    }

    static Stream<String> hostileInputs() {
        int size = 1 << 20;
        return Stream.of(
                "1".repeat(size),
                "12-".repeat(size / 3),
                "850314-".repeat(size / 7),
                "1 - ".repeat(size / 4),
                "19 90 01 01 ".repeat(size / 12),
                "900101-2385 ".repeat(size / 12),
                "900101-XXXX ".repeat(size / 12),
                "-".repeat(size),
                " ".repeat(size),
                "@".repeat(size),
                "<".repeat(size),
                "P<SWE".repeat(size / 5),
                "pnr ".repeat(size / 4));
    }

    @ParameterizedTest(name = "hostile input #{index}")
    @MethodSource("hostileInputs")
    void a_megabyte_of_hostile_input_returns(String input) {
        NormalizedText text = Normalizer.normalize(input);
        for (Detector detector : IdentityDetectors.ALL) {
            assertThat(detector.detect(text, Rows.POLICY)).isNotNull();
        }
    }

    @Test
    void the_rules_own_examples_hold() {
        for (var rule : Rows.POLICY.allRules()) {
            if (!rule.id().startsWith("R4-") || IdentityRuleIds.NOT_OURS.contains(rule.id())) {
                continue;
            }
            for (String example : rule.mustFire()) {
                assertThat(findAll(example)).as(rule.id() + " must fire on: " + example)
                        .anyMatch(f -> f.ruleId().equals(rule.id()));
                assertThat(Analyzer.analyze(example, Rows.POLICY).findings()).as(rule.id() + " must be reported for: " + example)
                        .anyMatch(f -> f.rule().id().equals(rule.id()));
            }
            for (String example : rule.mustNotFire()) {
                assertThat(findAll(example)).as(rule.id() + " must not fire on: " + example)
                        .noneMatch(f -> f.ruleId().equals(rule.id()));
            }
        }
    }

    @Test
    void every_rule_id_used_exists_in_the_catalogue() {
        for (String id : IdentityRuleIds.OURS) {
            assertThat(Rows.POLICY.rule(id)).as(id).isPresent();
        }
    }

    private static List<Finding> findAll(String text) {
        return IdentityDetectors.ALL.stream().flatMap(d -> Rows.run(d, text).stream()).toList();
    }

    /** Which R4 rules this family emits; the other R4 rules belong to other families. */
    private static final class IdentityRuleIds {
        static final List<String> OURS = List.of("R4-personnummer", "R4-personnummer-osakert", "R4-personnummer-maskerat",
                "R4-personnummer-maskerat-person",
                "R4-samordningsnummer", "R4-reservnummer", "R4-lma-nummer", "R4-id-handling", "R4-organisationsnummer");
        static final java.util.function.Predicate<String> IS_OURS = OURS::contains;
        static final java.util.Set<String> NOT_OURS = Rows.POLICY.allRules().stream()
                .map(r -> r.id()).filter(IS_OURS.negate()).collect(java.util.stream.Collectors.toSet());
    }
}
