package se.precheck.detect.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.precheck.detect.Analysis;
import se.precheck.detect.Analyzer;
import se.precheck.detect.ReportedFinding;
import se.precheck.detect.Verdict;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

/** The family through the whole engine: findings reach the report with offsets into the text as sent. */
class SensitiveAnalyzerTest {

    private static final Policy POLICY = PolicyLoader.loadDefault();

    @Test
    void health_data_about_a_named_pupil_stops() {
        String text = "Eleven Noah har fått diagnosen ADHD.";
        Analysis analysis = Analyzer.analyze(text, POLICY);

        assertThat(analysis.verdict()).isEqualTo(Verdict.STOP);
        ReportedFinding health = analysis.findings().stream()
                .filter(f -> f.finding().category() == Category.HEALTH).findFirst().orElseThrow();
        assertThat(health.rule().id()).isEqualTo("R5-halsa");
        assertThat(text.substring(health.finding().start(), health.finding().end())).contains("ADHD");
    }

    @Test
    void a_population_statement_is_ok() {
        Analysis analysis = Analyzer.analyze("Psykisk hälsa bland unga ökar.", POLICY);

        assertThat(analysis.verdict()).isEqualTo(Verdict.OK);
        assertThat(analysis.findings()).allSatisfy(f -> assertThat(f.rule().severity().wireName()).isEqualTo("info"));
    }

    @Test
    void offsets_point_into_the_original_text_when_it_held_invisible_characters() {
        String text = "Hon har \u200Bdia\u00ADbetes sedan barndomen.";
        Analysis analysis = Analyzer.analyze(text, POLICY);

        assertThat(analysis.verdict()).isEqualTo(Verdict.STOP);
        ReportedFinding health = analysis.findings().stream()
                .filter(f -> f.finding().category() == Category.HEALTH).findFirst().orElseThrow();
        assertThat(text.substring(health.finding().start(), health.finding().end())).isEqualTo("dia\u00ADbetes");
    }

    @Test
    void traps_leave_an_ordinary_email_ok() {
        String text = "Hej!\nJag tror att vi ber om ett möte om placeringen av containrar.\n\nMed vänliga hälsningar\nKarin";
        Analysis analysis = Analyzer.analyze(text, POLICY);

        assertThat(analysis.findings()).noneSatisfy(f -> assertThat(f.rule().id()).startsWith("R5-"));
    }

    @Test
    void minutes_with_party_names_and_budget_figures_are_ok() {
        String text = """
                Protokoll Socialnämnden 2024-05-14

                Närvarande: Anna Berg (S), ordförande, Per Olsson (M), Lena Karlsson (SD)

                § 12 Uppföljning av försörjningsstöd
                Förvaltningen redovisar att kostnaden för ekonomiskt bistånd har ökat med 8 procent.
                Per Olsson (M) yrkar att nämnden ska se över rutinerna.

                § 13 Handlingsplan mot våld i nära relationer
                Nämnden antar handlingsplanen. Lena Karlsson (SD) reserverar sig.
                """;
        Analysis analysis = Analyzer.analyze(text, POLICY);

        assertThat(analysis.findings()).filteredOn(f -> f.rule().id().startsWith("R5-"))
                .allSatisfy(f -> assertThat(f.rule().id()).endsWith("-allmant"));
    }

    @Test
    void a_case_note_about_a_client_stops_with_each_category() {
        String text = """
                Hej,
                Jag behöver hjälp att formulera ett utlåtande. Klienten har haft försörjningsstöd sedan 2021.
                Hon har en pågående depression och är sjukskriven på heltid.
                Hennes son är placerad i familjehem sedan i höstas.

                Med vänliga hälsningar
                Karin
                """;
        Analysis analysis = Analyzer.analyze(text, POLICY);

        assertThat(analysis.verdict()).isEqualTo(Verdict.STOP);
        assertThat(analysis.findings()).extracting(f -> f.rule().id())
                .contains("R5-halsa", "R5-sociala-forhallanden");
    }

    @Test
    void an_invitation_to_a_theme_day_is_ok() {
        String text = "Skriv en inbjudan till vår temadag om psykisk ohälsa bland unga. Vi kommer att prata om "
                + "ångest, depression och ätstörningar, och en föreläsare från BUP berättar om hur man kan stötta "
                + "barn med ADHD och autism.";
        Analysis analysis = Analyzer.analyze(text, POLICY);

        assertThat(analysis.findings()).filteredOn(f -> f.rule().id().startsWith("R5-"))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.rule().id()).endsWith("-allmant"));
    }
}
