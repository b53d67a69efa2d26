package se.precheck.detect.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.detect.Analysis;
import se.precheck.detect.Analyzer;
import se.precheck.detect.ReportedFinding;
import se.precheck.detect.Verdict;
import se.precheck.policy.Category;
import se.precheck.policy.Rule;

/** The family through the whole engine: findings reach the report with offsets into the text as sent. */
class ContactAnalyzerTest {

    private static final Set<Category> FAMILY = EnumSet.of(Category.EMAIL, Category.PHONE, Category.ADDRESS,
            Category.BANK_ACCOUNT, Category.PAYMENT_CARD, Category.VEHICLE_REGISTRATION, Category.IP_ADDRESS,
            Category.DATE_OF_BIRTH, Category.CASE_NUMBER);

    static Stream<Arguments> hidden() {
        return Stream.of(
                Arguments.of("Ring 070\u200b-174 06 28 i dag", "070\u200b-174 06 28", Category.PHONE, "zero-width space"),
                Arguments.of("Ring \uff10\uff17\uff10-\uff11\uff17\uff14 \uff10\uff16 \uff12\uff18 i dag",
                        "\uff10\uff17\uff10-\uff11\uff17\uff14 \uff10\uff16 \uff12\uff18", Category.PHONE, "full-width digits"),
                Arguments.of("Mobil 070\u00a0174\u00a006\u00a028.", "070\u00a0174\u00a006\u00a028", Category.PHONE, "no-break spaces"),
                Arguments.of("Ring 070\u2013174\u00ad 06 28", "070\u2013174\u00ad 06 28", Category.PHONE, "en dash and soft hyphen"),
                Arguments.of("Mejla an\u200bna@exam\u2060ple.com nu", "an\u200bna@exam\u2060ple.com", Category.EMAIL, "invisible characters in an e-mail"),
                Arguments.of("Kort 4111\u202f1111\u202f1111\u202f1111", "4111\u202f1111\u202f1111\u202f1111", Category.PAYMENT_CARD, "narrow no-break spaces"),
                Arguments.of("Bor på Storg\u00adatan 12, 776 30 Hedemora", "Storg\u00adatan 12, 776 30 Hedemora", Category.ADDRESS, "soft hyphen in a street"),
                Arguments.of("IP \u200d192.0.2.44\u200d", "192.0.2.44", Category.IP_ADDRESS, "zero-width joiners around"),
                Arguments.of("född \ufeff2017-05-03", "2017-05-03", Category.DATE_OF_BIRTH, "byte order mark before the date"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("hidden")
    void reportsOriginalOffsets(String text, String expected, Category category, String reason) {
        List<ReportedFinding> found = family(Analyzer.analyze(text, Run.POLICY));

        assertThat(found).as(reason).hasSize(1);
        ReportedFinding f = found.get(0);
        assertThat(f.finding().category()).isEqualTo(category);
        assertThat(text.substring(f.finding().start(), f.finding().end())).as(reason).isEqualTo(expected);
    }

    @Test
    void aPhoneNumberMeansReviewAndACaseNumberAlonePasses() {
        assertThat(Analyzer.analyze("Ring mig på 070-174 06 28.", Run.POLICY).verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(Analyzer.analyze("Kortet 4111 1111 1111 1111 spärrades.", Run.POLICY).verdict()).isEqualTo(Verdict.STOP);
        assertThat(Analyzer.analyze("Dnr KS 2018/124", Run.POLICY).verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void evidenceNeverHoldsTheText() {
        String text = "Anna, född 2017-05-03, Storgatan 12, 776 30 Hedemora, 070-174 06 28, anna@example.com, "
                + "GHT 482, 192.0.2.44, SE45 5000 0000 0583 9825 7466, 4111 1111 1111 1111, Dnr KS 2018/124";
        List<ReportedFinding> found = family(Analyzer.analyze(text, Run.POLICY));

        assertThat(found).extracting(f -> f.finding().category()).containsExactlyInAnyOrder(Category.DATE_OF_BIRTH,
                Category.ADDRESS, Category.PHONE, Category.EMAIL, Category.VEHICLE_REGISTRATION, Category.IP_ADDRESS,
                Category.BANK_ACCOUNT, Category.PAYMENT_CARD, Category.CASE_NUMBER);
        for (ReportedFinding f : found) {
            String value = text.substring(f.finding().start(), f.finding().end());
            assertThat(f.finding().evidence()).doesNotContain(value).doesNotContainPattern("\\d{3}");
        }
    }

    @Test
    void everyContactRuleExampleBehaves() {
        List<Rule> rules = Run.POLICY.allRules().stream().filter(r -> FAMILY.contains(r.category())).toList();
        assertThat(rules).isNotEmpty();
        for (Rule rule : rules) {
            for (String example : rule.mustFire()) {
                assertThat(family(Analyzer.analyze(example, Run.POLICY))).as(rule.id() + " must fire on: " + example)
                        .anyMatch(f -> f.rule().id().equals(rule.id()));
            }
            for (String example : rule.mustNotFire()) {
                assertThat(family(Analyzer.analyze(example, Run.POLICY))).as(rule.id() + " must not fire on: " + example)
                        .noneMatch(f -> f.rule().id().equals(rule.id()));
            }
        }
    }

    private static List<ReportedFinding> family(Analysis analysis) {
        return analysis.findings().stream().filter(f -> FAMILY.contains(f.finding().category())).toList();
    }
}
