package se.precheck.detect.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.precheck.detect.Analysis;
import se.precheck.detect.Analyzer;
import se.precheck.detect.ReportedFinding;
import se.precheck.detect.Verdict;
import se.precheck.policy.Category;

/** The marking findings through the whole engine: verdicts and offsets into the text as sent. */
class MarkingAnalyzerTest {

    private static Analysis analyze(String text) {
        return Analyzer.analyze(text, Rows.POLICY);
    }

    private static ReportedFinding only(Analysis analysis, Category category) {
        List<ReportedFinding> found = analysis.findings().stream()
                .filter(f -> f.finding().category() == category).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void zero_width_space_inside_a_class_name_is_still_a_stop_with_original_offsets() {
        String text = "Lägesbild\nHEM\u200bLIG\nVattenverket, vecka 12";
        Analysis analysis = analyze(text);

        ReportedFinding f = only(analysis, Category.SECURITY_CLASSIFICATION);
        assertThat(analysis.verdict()).isEqualTo(Verdict.STOP);
        assertThat(text.substring(f.finding().start(), f.finding().end())).isEqualTo("HEM\u200bLIG");
    }

    @Test
    void cyrillic_look_alike_letters_are_found_and_reported_where_the_user_sees_them() {
        String text = "Bilaga 2 (\u041d\u0415MLIG enligt 15 kap. 2 § OSL)";
        Analysis analysis = analyze(text);

        ReportedFinding f = only(analysis, Category.SECURITY_CLASSIFICATION);
        assertThat(analysis.verdict()).isEqualTo(Verdict.STOP);
        assertThat(f.finding().start()).isEqualTo(text.indexOf('\u041d'));
        assertThat(f.finding().end()).isEqualTo(text.indexOf("MLIG") + 4);
    }

    @Test
    void secrecy_reference_stops_the_text() {
        String text = "Sekretess enligt 26 kap. 1 § OSL\nUtredningen gäller familjens situation.";
        Analysis analysis = analyze(text);

        ReportedFinding f = only(analysis, Category.SECRECY_MARKING);
        assertThat(analysis.verdict()).isEqualTo(Verdict.STOP);
        assertThat(f.finding().start()).isZero();
        assertThat(f.finding().end()).isEqualTo("Sekretess enligt 26 kap. 1 § OSL".length());
        assertThat(f.suggestion()).isNull();
    }

    @Test
    void soft_hyphen_inside_protected_identity_is_found() {
        String text = "Mamman har skyd\u00addad identitet och bor i kommunen.";
        Analysis analysis = analyze(text);

        ReportedFinding f = only(analysis, Category.PROTECTED_IDENTITY);
        assertThat(analysis.verdict()).isEqualTo(Verdict.STOP);
        assertThat(text.substring(f.finding().start(), f.finding().end())).isEqualTo("skyd\u00addad identitet");
    }

    @Test
    void password_is_a_stop_with_a_replacement_suggestion_for_the_value_only() {
        String text = "Hej! Lösenordet är Sommar2024! Mvh IT";
        Analysis analysis = analyze(text);

        ReportedFinding f = only(analysis, Category.CREDENTIAL);
        assertThat(analysis.verdict()).isEqualTo(Verdict.STOP);
        assertThat(text.substring(f.finding().start(), f.finding().end())).isEqualTo("Sommar2024!");
        assertThat(f.suggestion()).isEqualTo("[HEMLIG NYCKEL 1]");
    }

    @Test
    void general_statements_are_info_only_and_do_not_stop() {
        String text = "Rutin: Sekretess och tystnadsplikt gäller för all personal. Rutinen beskriver hantering av personer med skyddade personuppgifter.";
        Analysis analysis = analyze(text);

        assertThat(analysis.verdict()).isEqualTo(Verdict.OK);
        assertThat(analysis.findings()).extracting(f -> f.rule().severity().wireName()).containsOnly("info");
        assertThat(analysis.findings()).extracting(f -> f.finding().category())
                .contains(Category.SECRECY_MARKING, Category.PROTECTED_IDENTITY);
    }

    @Test
    void recipe_and_running_text_are_ok() {
        String text = "Mormors hemliga recept: Hemligt! Det är konfidentiellt mellan oss att såsen har en hemlig ingrediens.";

        assertThat(analyze(text).findings()).isEmpty();
    }
}
