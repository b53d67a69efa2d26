package se.precheck.detect.userules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.precheck.detect.Analysis;
import se.precheck.detect.Analyzer;
import se.precheck.detect.Detector;
import se.precheck.detect.ReportedFinding;
import se.precheck.detect.Verdict;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;
import se.precheck.policy.Rule;

/** The use-rule findings through the whole engine: rules resolve, offsets map back, verdicts follow. */
class UseRulesAnalyzerTest {

    private static final Policy POLICY = PolicyLoader.loadDefault();

    private static List<ReportedFinding> of(Analysis a, Category category) {
        return a.findings().stream().filter(f -> f.finding().category() == category).toList();
    }

    @Test
    void aDecisionOnAnApplicationStops() {
        // A zero-width space inside "bevilja": the span still covers it in the original text.
        String text = "Ska vi bevi\u200Blja hennes ansökan om försörjningsstöd?";
        Analysis a = Analyzer.analyze(text, POLICY);
        assertThat(a.verdict()).isEqualTo(Verdict.STOP);
        List<ReportedFinding> decisions = of(a, Category.DECISION_REQUEST);
        assertThat(decisions).hasSize(1);
        ReportedFinding f = decisions.get(0);
        assertThat(text.substring(f.finding().start(), f.finding().end())).isEqualTo("Ska vi bevi\u200Blja");
        assertThat(f.rule().id()).isEqualTo("FK-beslut-i-arende");
        assertThat(f.suggestion()).isNull();
    }

    @Test
    void summarisingAPublicDecisionIsOk() {
        Analysis a = Analyzer.analyze("Sammanfatta kommunfullmäktiges beslut om budgeten.", POLICY);
        assertThat(a.findings()).isEmpty();
        assertThat(a.verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void aDecisionQuestionWithoutACaseIsReview() {
        Analysis a = Analyzer.analyze("Ska vi avslå?", POLICY);
        assertThat(a.verdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void aTreservaPrintWithASignatureStops() {
        String text = """
                Utskrift från Treserva
                Utskriftsdatum: 2024-03-12
                Anteckning
                Hembesök hos brukaren. Hon var på gott humör och hemtjänsten fungerar.
                Signerad av: Handläggare 3, 2024-03-12 15:02
                """;
        Analysis a = Analyzer.analyze(text, POLICY);
        assertThat(a.verdict()).isEqualTo(Verdict.STOP);
        List<String> spans = of(a, Category.SYSTEM_COPY).stream()
                .map(f -> text.substring(f.finding().start(), f.finding().end())).toList();
        assertThat(spans).contains("Utskrift från Treserva", "Utskriftsdatum:", "Signerad av:");
        assertThat(of(a, Category.SYSTEM_COPY)).allSatisfy(f -> assertThat(f.rule().id()).isEqualTo("DU-systemkopia"));
    }

    @Test
    void aSystemNameInProseIsNoCopy() {
        Analysis a = Analyzer.analyze("Vi använder Treserva sedan 2019 och vill skriva en nyhet om det.", POLICY);
        assertThat(of(a, Category.SYSTEM_COPY)).isEmpty();
        assertThat(a.verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void anInternalMarkingStopsAndAnIntranetLinkIsRedactable() {
        Analysis marked = Analyzer.analyze("INTERN\nFörslag till omorganisation.", POLICY);
        assertThat(marked.verdict()).isEqualTo(Verdict.STOP);

        String text = "Se https://insidan.hedemora.se/rutiner för detaljer.";
        Analysis linked = Analyzer.analyze(text, POLICY);
        List<ReportedFinding> links = of(linked, Category.INTERNAL_INFORMATION);
        assertThat(links).singleElement().satisfies(f -> {
            assertThat(f.rule().id()).isEqualTo("INT-intranatlank");
            assertThat(f.suggestion()).isEqualTo("[INTERN LÄNK 1]");
        });
        // The link points at internal content: stop until it is redacted, then nothing is left.
        assertThat(linked.verdict()).isEqualTo(Verdict.STOP);
        var redaction = se.precheck.redact.Redactor.redact(text, linked.findings(), java.util.Map.of(), List.of());
        assertThat(Analyzer.analyze(redaction.text(), POLICY).verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void everyRuleTheDetectorsNameExistsAndTheRegistryHoldsThemAll() {
        assertThat(UseRuleDetectors.ALL).extracting(Detector::getClass).map(Class::getSimpleName)
                .containsExactly("DecisionRequestDetector", "SystemCopyDetector", "InternalMarkingDetector", "IntranetLinkDetector");
        for (String id : List.of(DecisionRequestDetector.HARD_RULE, DecisionRequestDetector.WEAK_RULE,
                SystemCopyDetector.STRONG_RULE, SystemCopyDetector.WEAK_RULE, InternalMarkingDetector.MARKING_RULE,
                InternalMarkingDetector.WEAK_RULE, IntranetLinkDetector.RULE)) {
            assertThat(POLICY.rule(id)).as(id).isPresent();
        }
    }

    @Test
    void theRulesOwnExamplesBehave() {
        for (Rule rule : POLICY.allRules()) {
            if (!rule.id().startsWith("INT-") && !rule.id().startsWith("DU-") && !rule.id().startsWith("FK-")) {
                continue;
            }
            for (String example : rule.mustFire()) {
                assertThat(Analyzer.analyze(example, POLICY).findings()).as(rule.id() + ": " + example)
                        .anySatisfy(f -> assertThat(f.rule().id()).isEqualTo(rule.id()));
            }
            for (String example : rule.mustNotFire()) {
                assertThat(Analyzer.analyze(example, POLICY).findings()).as(rule.id() + ": " + example)
                        .noneSatisfy(f -> assertThat(f.rule().id()).isEqualTo(rule.id()));
            }
        }
    }

    @Test
    void pathologicalInputReturns() {
        String colonsAndNewlines = ":\n".repeat(500_000);
        String headerRepeated = "Utskriftsdatum: 2024-03-12\n".repeat(1_000_000 / 27);
        String outlookRepeated = "Från: Anna Andersson\n".repeat(1_000_000 / 21);
        assertThat(Analyzer.analyze(colonsAndNewlines, POLICY).findings()).isEmpty();
        Analysis headers = Analyzer.analyze(headerRepeated, POLICY);
        assertThat(headers.verdict()).isEqualTo(Verdict.STOP);
        assertThat(headers.findings().size()).isLessThanOrEqualTo(200);
        assertThat(Analyzer.analyze(outlookRepeated, POLICY)).isNotNull();
    }
}
