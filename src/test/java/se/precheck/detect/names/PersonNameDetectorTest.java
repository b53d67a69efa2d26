package se.precheck.detect.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.detect.Analysis;
import se.precheck.detect.Analyzer;
import se.precheck.detect.Finding;
import se.precheck.detect.Normalizer;
import se.precheck.detect.ReportedFinding;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

/**
 * Names of people. All names are invented or taken from the name lists; none refers to a real
 * person's case. Each must-NOT-fire row says why.
 */
class PersonNameDetectorTest {

    private static final Policy POLICY = PolicyLoader.loadDefault();
    private static final PersonNameDetector DETECTOR = new PersonNameDetector();

    static Stream<Arguments> rows() {
        return Stream.of(
                // must fire: full names, Swedish and immigrant
                fire("Noah Lindberg har hög frånvaro.", "Noah Lindberg"),
                fire("Samtal med Ahmed Hassan om boendet.", "Ahmed Hassan"),
                fire("Mamman Rukiya Abdi och barnen flyttade i maj.", "Rukiya Abdi"),
                fire("Anna-Karin Ek deltog.", "Anna-Karin Ek"),
                fire("Vi träffade Fatima Al-Sayed i går.", "Fatima Al-Sayed"),
                fire("Lars-Erik von Platen är god man.", "Lars-Erik von Platen"),
                fire("Hon heter Hodan Warsame och går i åk 4.", "Hodan Warsame"),
                fire("Mötet med Behnam Hosseini flyttas.", "Behnam Hosseini"),
                // a column gap (three spaces) ends a name: the next column's label is not part of it
                fire("Handläggare   Petra Wik   Senast ändrad   2024-10-02", "Petra Wik"),
                fire("Mötet med Behnam  Hosseini flyttas.", "Behnam  Hosseini"),
                fire("Kontakt: Aida Hadžić, socialsekreterare.", "Aida Hadžić"),
                fire("Per Svensson ringde till växeln.", "Per Svensson"),
                fire("Brev från Agnieszka Kowalska om hyran.", "Agnieszka Kowalska"),
                fire("Yonas Tesfay har fått plats.", "Yonas Tesfay"),
                fire("Sökande är Pirjo Korhonen.", "Pirjo Korhonen"),
                fire("Rektor Karin M Lindqvist har beslutat.", "Karin M Lindqvist"),
                fire("Läkaren Bashar al-Assad skrev remissen.", "Bashar al-Assad"),
                // must fire: first names used as names, surnames after titles
                fire("Eleven Liam har svårt med läsningen.", "Liam"),
                fire("Jag pratade med mamma Sara i telefon.", "Sara"),
                fire("Hej Maria! Tack för senast.", "Maria"),
                fire("Med vänliga hälsningar\nKarin", "Karin"),
                fire("Jag har pratat med fru Berg om saken.", "Berg"),
                fire("Ärendet har gått till handläggare Johansson.", "Johansson"),
                fire("Brukaren Gunvor vill duscha på morgonen.", "Gunvor"),
                fire("Samtal med herr Okafor om färdtjänsten.", "Okafor"),
                fire("Vi bad kollegan Jessica om hjälp.", "Jessica"),
                fire("Igår kom Samira inte till skolan.", "Samira"),
                fire("eleven liam var sjuk igår", "liam"),
                fire("Anna kom för sent till mötet.", "Anna"),
                fire("Kontaktperson: Lisa", "Lisa"),
                fire("Beslutet fattades av A. Svensson i går.", "A. Svensson"),
                fire("Vi träffade Anna S. på mötet.", "Anna S"),
                fire("Nora Lindqvist, 8 år, bor med sin far Hassan.", "Nora Lindqvist", "Hassan"),
                fire("Närvarande: Maj Andersson (S), ordförande.", "Maj Andersson"),
                fire("Hej Björn! Vi ses på mötet.", "Björn"),
                fire("Mvh\nPer", "Per"),
                fire("Handläggare: Per Ek", "Per Ek"),
                fire("träffade anna svensson på mottagningen", "anna svensson"),
                fire("ANNA SVENSSON\nEnhetschef", "ANNA SVENSSON"),
                // must NOT fire
                none("Vi använder Copilot från Microsoft.", "product, organisation"),
                none("Hedemora kommun ligger i Dalarna.", "place"),
                none("Socialnämnden sammanträder i maj.", "organisation, month"),
                none("Mötet är på Måndag i Juni.", "weekday, month capitalised"),
                none("Mötet med Skatteverket i Borlänge blev bra.", "authority, place"),
                none("Region Dalarna och Hedemora Energi samarbetar.", "organisations"),
                none("Hon bor i Berg sedan i fjol.", "place that is also a surname"),
                none("Per dag får eleven två timmar.", "sentence start, common word (per)"),
                none("Dag för dag blir det bättre.", "sentence start, common word (dag)"),
                none("Bo i Hedemora kostar mindre än i Stockholm.", "sentence start, common word (bo)"),
                none("Rita en bild och lena huden med kräm.", "common words in lower case"),
                none("Han har sten i njuren och karl kom inte.", "common words in lower case"),
                none("Hans mamma ringde i morse.", "sentence start, pronoun (hans)"),
                none("Kommunen har beslutat om insatsen.", "sentence start, ordinary word"),
                none("Eleverna hade engelska och Matematik.", "sentence start, capitalised subject"),
                none("Anmälan enligt lex Sarah är gjord.", "legal term with a first name"),
                none("Händelsen rapporterades enligt Lex Maria.", "legal term with a first name"),
                none("Skånepolisen och Stockholmsbörsen meddelade.", "compound organisation nouns"),
                none("Vi läste dokumentet i Word och Excel.", "products"),
                none("Storgatan 12 i Långshyttan.", "street and village"),
                none("Beslut enligt SoL 4 kap. 1 §.", "law abbreviation"),
                none("HEMLIG enligt OSL.", "all-caps marking"),
                none("SOCIALNÄMNDEN HEDEMORA", "all-caps organisation and place"),
                none("vi ses per dag och bo ek", "lower-case common words"),
                none("Resan gick till Los Angeles.", "place with a first-name part"),
                none("Barnet går på Björkhagens förskola.", "place genitive before a common noun"),
                none("Uppgifterna kommer från Ciceron och Treserva.", "local systems"),
                none("Vi ses i Vikmanshyttan på onsdag.", "village, weekday"),
                none("Hon flyttade från Nora till Lund i maj.", "municipalities that are also names, month"));
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @MethodSource("rows")
    void finds_exactly_the_expected_names(String text, List<String> expected, String reason) {
        var normalized = Normalizer.normalize(text);
        List<String> found = DETECTOR.detect(normalized, POLICY).stream()
                .filter(f -> f.confidence() >= POLICY.minConfidence())
                .map(f -> normalized.text().substring(f.start(), f.end()))
                .toList();
        assertThat(found).as(reason).containsExactlyElementsOf(expected);
    }

    @Test
    void every_finding_is_a_person_name_with_content_free_evidence() {
        String text = "Eleven Liam Andersson och mamma Sara Andersson kom.";
        List<Finding> findings = DETECTOR.detect(Normalizer.normalize(text), POLICY);
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.category()).isEqualTo(Category.PERSON_NAME);
            assertThat(f.ruleId()).isEqualTo("R4-namn");
            assertThat(f.evidence()).doesNotContain("Liam", "Sara", "Andersson");
        });
    }

    @Test
    void later_mentions_of_a_surname_are_found_too() {
        String text = "Gunhild Westman ringde. Enligt Westman är allt klart.";
        var normalized = Normalizer.normalize(text);
        assertThat(DETECTOR.detect(normalized, POLICY)).extracting(f -> normalized.text().substring(f.start(), f.end()))
                .containsExactly("Gunhild Westman", "Westman");
    }

    @Test
    void public_officials_from_the_policy_get_the_info_rule() {
        Policy policy = withAllowedTerms(Set.of("Stefan Berglund"));
        String text = "Kommunstyrelsens ordförande Stefan Berglund säger att Berglunds förslag och Noah Lindberg var där.";
        var normalized = Normalizer.normalize(text);
        assertThat(DETECTOR.detect(normalized, policy))
                .extracting(f -> normalized.text().substring(f.start(), f.end()) + "=" + f.ruleId())
                .containsExactly("Stefan Berglund=R4-namn-offentlig", "Berglunds=R4-namn-offentlig", "Noah Lindberg=R4-namn");
    }

    @Test
    void reaches_the_report_with_original_offsets_through_the_analyzer() {
        // A zero-width space inside the name must not hide it; offsets point into the text as sent.
        String text = "Samtal med Ah\u200Bmed Hassan om boendet.";
        Analysis analysis = Analyzer.analyze(text, POLICY);
        List<ReportedFinding> names = analysis.findings().stream()
                .filter(f -> f.finding().category() == Category.PERSON_NAME).toList();
        assertThat(names).hasSize(1);
        var f = names.get(0).finding();
        assertThat(text.substring(f.start(), f.end())).isEqualTo("Ah\u200Bmed Hassan");
        assertThat(f.ruleId()).isEqualTo("R4-namn");
    }

    @Test
    void pathological_inputs_finish() {
        String capitalised = "Anna Berg Hedemora Lindqvist Dag ".repeat(1_000_000 / 33);
        String oneName = "Fatima ".repeat(1_000_000 / 7);
        String longWords = ("A" + "b".repeat(5_000) + " ").repeat(200);
        String hyphens = "Anna-".repeat(200_000);
        String unknownNouns = "Xyzkommissionen Qwertbörsen ".repeat(1_000_000 / 28);
        for (String text : List.of(capitalised, oneName, longWords, hyphens, unknownNouns)) {
            assertThat(DETECTOR.detect(Normalizer.normalize(text), POLICY)).isNotNull();
        }
    }

    private static Policy withAllowedTerms(Set<String> terms) {
        return new Policy(POLICY.version(), POLICY.guidelineVersion(), POLICY.rules(), POLICY.reminders(),
                POLICY.switchboardNumbers(), POLICY.intranetHosts(), POLICY.localSystems(), terms, POLICY.minConfidence());
    }

    private static Arguments fire(String text, String... names) {
        return Arguments.of(text, List.of(names), "must fire");
    }

    private static Arguments none(String text, String reason) {
        return Arguments.of(text, List.of(), reason);
    }
}
