package se.precheck.detect.userules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.detect.Normalizer;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

/** One table for the two INTERNAL_INFORMATION detectors: markings and intranet links. */
class InternalInformationDetectorsTest {

    private static final Policy POLICY = PolicyLoader.loadDefault();
    private static final InternalMarkingDetector MARKINGS = new InternalMarkingDetector();
    private static final IntranetLinkDetector LINKS = new IntranetLinkDetector();
    private static final String MARKING = InternalMarkingDetector.MARKING_RULE;
    private static final String WEAK = InternalMarkingDetector.WEAK_RULE;
    private static final String LINK = IntranetLinkDetector.RULE;

    private static List<Finding> detect(String text) {
        NormalizedText n = Normalizer.normalize(text);
        List<Finding> out = new ArrayList<>(MARKINGS.detect(n, POLICY));
        out.addAll(LINKS.detect(n, POLICY));
        return out;
    }

    /** (text, span that must be reported, its rule). */
    static Stream<Arguments> mustFire() {
        return Stream.of(
                Arguments.of("INTERN\nOrganisationsförändring inom omsorgen", "INTERN", MARKING),
                Arguments.of("Intern information\nVi planerar att stänga två avdelningar.", "Intern information", MARKING),
                Arguments.of("Dokumentet är endast för internt bruk.", "endast för internt bruk", MARKING),
                Arguments.of("Intern information – får ej spridas\nOmorganisationen presenteras i december.", "Intern information", MARKING),
                Arguments.of("Detta är internt material, får inte delas.", "internt material", MARKING),
                Arguments.of("Internal - do not distribute", "Internal", MARKING),
                Arguments.of("Får ej spridas externt. Budgetförslaget för 2025 …", "Får ej spridas externt", MARKING),
                Arguments.of("Ej för extern spridning", "Ej för extern spridning", MARKING),
                Arguments.of("Klassificering: Intern", "Intern", MARKING),
                Arguments.of("Sensitivity: Internal", "Internal", MARKING),
                Arguments.of("[INTERNT] Nya rutiner för larm", "INTERNT", MARKING),
                Arguments.of("Rapport (intern) om läget i hemtjänsten", "intern", MARKING),
                Arguments.of("FOR INTERNAL USE ONLY", "FOR INTERNAL USE ONLY", MARKING),
                Arguments.of("INTERN KONTROLLPLAN 2025\nINTERN", "INTERN", MARKING),
                Arguments.of("Dokumentet är INTERNT och får inte delas.", "INTERNT", MARKING),
                Arguments.of("Internt arbetsmaterial – utkast till ny riktlinje", "Internt arbetsmaterial", WEAK),
                Arguments.of("Det här har jag kopierat från intranätet.", "kopierat från intranätet", WEAK),
                Arguments.of("Enligt Insidan gäller nya regler för friskvård.", "Enligt Insidan", WEAK),
                Arguments.of("Se https://insidan.hedemora.se/personal/semester för mer.", "https://insidan.hedemora.se/personal/semester", LINK),
                Arguments.of("Länk: insidan.hedemora.se/rutiner", "insidan.hedemora.se/rutiner", LINK),
                Arguments.of("(https://hedemora.sharepoint.com/sites/Omsorg/Delade%20dokument/rutin.docx)",
                        "https://hedemora.sharepoint.com/sites/Omsorg/Delade%20dokument/rutin.docx", LINK),
                Arguments.of("https://annankommun.sharepoint.com/sites/IT", "https://annankommun.sharepoint.com/sites/IT", LINK),
                Arguments.of("https://hedemora-my.sharepoint.com/personal/anna/Documents/x.xlsx",
                        "https://hedemora-my.sharepoint.com/personal/anna/Documents/x.xlsx", LINK),
                Arguments.of("http://portal.kommun.local/_layouts/15/start.aspx", "http://portal.kommun.local/_layouts/15/start.aspx", LINK),
                Arguments.of("Öppna http://intranet/rutiner/brand.", "http://intranet/rutiner/brand", LINK),
                Arguments.of("https://anna:Pw2024x@insidan.hedemora.se/x", "https://anna:Pw2024x@insidan.hedemora.se/x", LINK));
    }

    @ParameterizedTest
    @MethodSource("mustFire")
    void fires(String text, String span, String rule) {
        List<Finding> found = detect(text);
        assertThat(found).as(text).anySatisfy(f -> {
            assertThat(f.category()).isEqualTo(Category.INTERNAL_INFORMATION);
            assertThat(text.substring(f.start(), f.end())).isEqualTo(span);
            assertThat(f.ruleId()).isEqualTo(rule);
        });
    }

    /** (text, why nothing may be reported). */
    static Stream<Arguments> mustNotFire() {
        return Stream.of(
                Arguments.of("Vi behöver en internationell strategi.", "'internationell' is not 'intern'"),
                Arguments.of("Eleven bor på internat under veckorna.", "'internat' is a boarding school"),
                Arguments.of("Sök på internet efter bidrag.", "'internet'"),
                Arguments.of("Skriv en plan för interna kontroller i ekonomin.", "internal control as a topic"),
                Arguments.of("Intern kontroll 2025\nPlanen beskriver granskningen.", "'Intern kontroll' is a heading, not a marking"),
                Arguments.of("Hur hanterar vi intern information på bästa sätt?", "internal information as a topic"),
                Arguments.of("Vi jobbar internt med frågan.", "'internt' in running text"),
                Arguments.of("Skriv en nyhet som ska publiceras på intranätet.", "writing for the intranet, not copying from it"),
                Arguments.of("Läs mer på https://www.hedemora.se/omsorg", "the public website"),
                Arguments.of("Skicka till anna.lind@insidan.hedemora.se", "an e-mail address is not a link"),
                Arguments.of("Se https://www.example.com/_private/x", "a public host"),
                Arguments.of("Enligt Anna gäller nya regler.", "a capitalised word that is not the intranet's name"),
                Arguments.of("ftp://insidan.hedemora.se", "not a web link"),
                Arguments.of("Läs INTERN KONTROLLPLAN 2025 och sammanfatta den.", "a heading in capitals, not a stamp"),
                Arguments.of("https://admin:Pa55word@192.0.2.5/setup", "a user name before '@' is not a single-label host"),
                Arguments.of("Endast för internt bruk är en vanlig märkning. Vad betyder den för oss?", "the marking talked about"),
                Arguments.of("Vad betyder \"får ej spridas externt\" i praktiken?", "the marking asked about"),
                Arguments.of("Intern kontroll 2025 ska beslutas i nämnden.", "internal control as a topic"),
                Arguments.of("Vi har en intern utbildning, den får gärna spridas.", "no restriction, sharing is welcome"),
                Arguments.of("Hur märker vi intern information? Bilder får inte spridas utan tillstånd.", "a topic; the restriction is about something else"));
    }

    @ParameterizedTest
    @MethodSource("mustNotFire")
    void doesNotFire(String text, String reason) {
        assertThat(detect(text)).as(reason).isEmpty();
    }

    @Test
    void intranetHostsComeFromThePolicyEvenWhenWrittenAsURLs() {
        Policy other = new Policy(POLICY.version(), POLICY.guidelineVersion(), POLICY.rules(), POLICY.reminders(),
                POLICY.switchboardNumbers(), java.util.Set.of("https://intra.example.org/"), POLICY.localSystems(),
                POLICY.allowedTerms(), POLICY.minConfidence());
        String text = "Se http://wiki.intra.example.org/page och https://www.example.org/.";
        List<Finding> found = LINKS.detect(Normalizer.normalize(text), other);
        assertThat(found).singleElement().satisfies(f ->
                assertThat(text.substring(f.start(), f.end())).isEqualTo("http://wiki.intra.example.org/page"));
    }

    @Test
    void pathologicalInputReturns() {
        for (String unit : List.of(":", ":\n", "a.", "https://", "INTERN\n", "x.sharepoint.com/", " ", "@", "intern ")) {
            String big = unit.repeat(1_000_000 / unit.length());
            assertThat(detect(big).size()).isLessThanOrEqualTo(200);
        }
    }
}
