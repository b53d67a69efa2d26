package se.precheck.detect.marking;

import static se.precheck.detect.marking.Rows.fires;
import static se.precheck.detect.marking.Rows.none;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Secrecy markings: OSL references in their written forms, marking phrases and stamps (domain.md §2.1, §2.3). */
class SecrecyMarkingDetectorTest {

    private static final String HIGH = SecrecyMarkingDetector.RULE;
    private static final String INFO = SecrecyMarkingDetector.RULE_GENERAL;
    private static final SecrecyMarkingDetector DETECTOR = new SecrecyMarkingDetector();

    static Stream<Rows> table() {
        return Stream.of(
                none("Beslutet är en allmän handling och sekretessen gäller inte för själva beslutet.", HIGH, "negated: the secrecy does not apply"),
                none("Prövningen visade att uppgifterna inte omfattas av sekretess.", HIGH, "negated before the phrase"),
                none("Ritningar till skyddsrum kan vara sekretessbelagda enligt 18 kap. 8 § OSL.", HIGH, "what may be secret, not a marking"),
                none("Förklara med enkla ord hur det skiljer sig från 21 kap. 1 § OSL.", HIGH, "the act as the topic of an explanation"),
                none("Rubrik: SEKRETESS OCH TYSTNADSPLIKT – en introduktion för nyanställda", HIGH, "two topics joined in a heading"),
                none("Sekretess: Ja/Nej (kryssa i)", HIGH, "a blank yes/no choice in a form"),
                fires("SEKRETESS\nAnteckning om hembesöket", HIGH, "SEKRETESS"),
                none("What is the difference between Chapter 26 Section 1 of the Secrecy Act and Chapter 25?", HIGH, "the act asked about"),
                fires("Handlingen märks 26 kap. 1 § OSL och förvaras i arkivskåpet.", HIGH, "26 kap. 1 § OSL"),
                // references to the secrecy act
                fires("OBS! Tystnadsplikt gäller för innehållet i detta mejl.", HIGH, "Tystnadsplikt gäller"),
                none("Tystnadsplikt gäller alla som arbetar i hemtjänsten, läs rutinen.", HIGH, "a general statement about staff"),
                fires("Sekretess enligt 26 kap. 1 § OSL", HIGH, "Sekretess enligt 26 kap. 1 § OSL"),
                fires("Uppgifterna omfattas av sekretess enl. 26:1 OSL.", HIGH, "omfattas av sekretess enl. 26:1 OSL"),
                fires("Hänvisning: OSL 26:1", HIGH, "OSL 26:1"),
                fires("Sekretess gäller, se 26 kap 1 § offentlighets- och sekretesslagen", HIGH, "Sekretess gäller, se 26 kap 1 § offentlighets- och sekretesslagen"),
                fires("Sekretess 21 kap. 7 § OSL", HIGH, "Sekretess 21 kap. 7 § OSL"),
                fires("Sekretess enligt 7 kap. 4 § sekretesslagen", HIGH, "Sekretess enligt 7 kap. 4 § sekretesslagen"),
                fires("Sekr. enl. 7 kap 4 § SekrL", HIGH, "Sekr. enl. 7 kap 4 § SekrL"),
                fires("Uppgiften är hemlig, 39 kap. 5 a § OSL.", HIGH, "Uppgiften är hemlig, 39 kap. 5 a § OSL"),
                fires("26 kap. 1 § första stycket OSL gäller för denna handling.", HIGH, "26 kap. 1 § första stycket OSL"),
                fires("Sekretess enligt 26 kap. 1 §", HIGH, "Sekretess enligt 26 kap. 1 §"),
                fires("Sekretess: 23 kap. 2 § andra stycket OSL (2009:400)", HIGH, "Sekretess: 23 kap. 2 § andra stycket OSL"),
                fires("Sekretess enligt OSL", HIGH, "Sekretess enligt OSL"),
                fires("Se 26 kap. 1 och 5 §§ OSL", HIGH, "26 kap. 1 och 5 §§ OSL"),
                fires("Kap. 26 § 1 OSL", HIGH, "Kap. 26 § 1 OSL"),
                fires("26 kap 1§OSL", HIGH, "26 kap 1§OSL"),
                none("I 2 kap. 1 § tryckfrihetsförordningen finns offentlighetsprincipen.", HIGH, "the Freedom of the Press Act"),
                none("Lyssna på Lukas 2:1-20 i julkonserten.", HIGH, "a Bible verse"),
                none("Kl. 08:15 möte, kl. 9:30 fika.", HIGH, "times"),
                none("Avdelning 5 i OSL handlar om sekretess till skydd för enskild.", HIGH, "the act named without a reference"),
                // phrases
                fires("Handlingen omfattas av sekretess.", HIGH, "omfattas av sekretess"),
                fires("Sekretessbelagd handling – får ej lämnas ut", HIGH, "Sekretessbelagd handling - får ej lämnas ut"),
                fires("Sekretessbelagd uppgift / får ej lämnas ut", HIGH, "Sekretessbelagd uppgift / får ej lämnas ut"),
                fires("Handlingen är sekretessprövad 2024-03-01.", HIGH, "sekretessprövad"),
                fires("Akten är sekretessmarkerad.", HIGH, "sekretessmarkerad"),
                fires("HEMLIG HANDLING enligt beslut", HIGH, "HEMLIG HANDLING"),
                fires("Detta mejl är konfidentiellt och får inte spridas.", HIGH, "Detta mejl är konfidentiellt"),
                fires("This document is strictly confidential.", HIGH, "This document is strictly confidential"),
                fires("Please keep this confidential until the announcement on Friday.", HIGH, "keep this confidential"),
                fires("Kandidaternas namn är sekretessbelagda tills vidare.", HIGH, "sekretessbelagda"),
                none("Alla ansökningar hanteras konfidentiellt enligt rutinen.", HIGH, "a general promise in a routine"),
                none("Protokollet publiceras på hemsidan. Det innehåller inga hemliga uppgifter.", HIGH, "nothing secret"),
                // stamps and headers
                fires("SEKRETESS\nUtredning enligt 11 kap. 1 § SoL", HIGH, "SEKRETESS"),
                fires("Sekretess\nAnteckning från hembesök", HIGH, "Sekretess"),
                fires("KONFIDENTIELLT – Löneöversyn 2025", HIGH, "KONFIDENTIELLT"),
                fires("Konfidentiellt\nRekryteringsunderlag", HIGH, "Konfidentiellt"),
                fires("Ämne: Konfidentiellt - lönesamtal", HIGH, "Konfidentiellt"),
                fires("TYSTNADSPLIKT\nMötesanteckningar elevhälsan", HIGH, "TYSTNADSPLIKT"),
                fires("[CONFIDENTIAL] Board minutes", HIGH, "CONFIDENTIAL"),
                // general statements: info only
                fires("Sekretess och tystnadsplikt gäller för all personal.", INFO, "Sekretess och tystnadsplikt gäller"),
                none("All personal inom socialtjänsten har tystnadsplikt.", INFO, "the topic word alone is no marking, not even a hint"),
                none("Vi har utbildning om sekretess på torsdag.", INFO, "secrecy as the topic of a course"),
                none("Hur fungerar sekretessen mellan skola och socialtjänst?", INFO, "a question about the topic"),
                fires("Alla uppgifter om klienter omfattas av sekretess enligt 26 kap. 1 § OSL.", INFO, "omfattas av sekretess enligt 26 kap. 1 § OSL"),
                none("Alla uppgifter om klienter omfattas av sekretess enligt 26 kap. 1 § OSL.", HIGH, "a general statement citing the act"),
                fires("Rutin: sekretess gäller inom elevhälsan.", INFO, "sekretess gäller"),
                none("All personal inom socialtjänsten har tystnadsplikt.", HIGH, "a general statement about the duty of confidentiality"),
                none("Rutinen beskriver hur sekretess gäller inom hemtjänsten.", HIGH, "a routine about secrecy in general"),
                // other laws and other readings
                none("Beslut enligt 4 kap. 1 § SoL om bistånd.", HIGH, "a chapter of the Social Services Act is a legal basis, not a marking"),
                none("Insats enligt 9 § 8 LSS och 2 kap. 3 § LVU.", HIGH, "LSS and LVU references"),
                none("Enligt 5 kap. 1 § skollagen ska utbildningen vara trygg.", HIGH, "Education Act"),
                none("Se 6 kap. 7 § KL och 28 § FL.", HIGH, "Local Government and Administrative Procedure Acts"),
                none("Mötet börjar 14:30 i sal 26:1.", HIGH, "a time and a room number without the secrecy act"),
                none("Det är konfidentiellt mellan oss.", HIGH, "lower-case adjective in running text"),
                none("Sekretess är viktigt i vårt arbete.", HIGH, "the topic word in running text, not a stamp"),
                none("Vi pratade om sekretess och tystnadsplikt på APT.", HIGH, "the topic in running text"),
                none("Mamman har sekretessmarkering i folkbokföringen.", HIGH, "population-register sense belongs to PROTECTED_IDENTITY"),
                none("Sekretessmarkering: Ja", HIGH, "a population-register field belongs to PROTECTED_IDENTITY"),
                none("Detta mejl kan innehålla konfidentiell information.", HIGH, "a hedged disclaimer, not a marking"),
                none("KONFIDENTIELL", HIGH, "the security class, reported as SECURITY_CLASSIFICATION"),
                none("Protokollet från mötet 2024-03-12 är offentligt.", HIGH, "nothing about secrecy"),
                none("Mormors hemliga recept: Hemligt!", HIGH, "title-case word in a recipe"),
                none("Sekretess: Nej", HIGH, "a form field that says no"),
                fires("OBS! Sekretess", HIGH, "Sekretess"),
                fires("Känslighetsetikett: Konfidentiell", HIGH, "Konfidentiell"),
                fires("Sensitivity: Highly Confidential", HIGH, "Highly Confidential"),
                none("Vilka uppgifter är sekretessbelagda inom skolan?", HIGH, "an open question about secrecy"),
                fires("Är detta sekretessbelagt?", HIGH, "sekretessbelagt"),
                none("Sekretess\nAll personal har tystnadsplikt enligt lag.", HIGH, "a heading over a general text"),
                fires("Sekretess\nAll personal har tystnadsplikt enligt lag.", INFO, "Sekretess"),
                fires("Sekretessbelagt", HIGH, "Sekretessbelagt"),
                fires("Rapporten är konfidentiell.", HIGH, "Rapporten är konfidentiell"),
                none("Denna e-post kan innehålla sekretessbelagd information.", HIGH, "a hedged disclaimer"),
                fires("Denna e-post kan innehålla sekretessbelagd information.", INFO, "sekretessbelagd"),
                none("Läs mer på insidan under Sekretess och tystnadsplikt.", HIGH, "a link title in running text"),
                none("Sekretess och tystnadsplikt", HIGH, "a title about the topic, not a stamp"),
                none("Mötet 26:1 hölls kl. 14:30.", HIGH, "numbers with colons, no secrecy act"),
                none("Socialtjänstens sekretess regleras i 26 kap. 1 § OSL.", HIGH, "says where the rule is, in general"),
                fires("Socialtjänstens sekretess regleras i 26 kap. 1 § OSL.", INFO, "26 kap. 1 § OSL"),
                none("Sekretessbelagda uppgifter får aldrig delas med Copilot.", HIGH, "a rule about Copilot, in general"),
                fires("Sekretessbelagda uppgifter får aldrig delas med Copilot.", INFO, "Sekretessbelagda uppgifter"),
                fires("Alla uppgifterna i ärendet omfattas av sekretess.", HIGH, "omfattas av sekretess"),
                fires("Journalanteckning\nSekretess: Ja\nBesök i hemmet", HIGH, "Sekretess"),
                // written forms from e-mails and notes; parts of one marking give one finding
                fires("Anteckning från hembesök, sekretess enligt 26 kap 1 § OSL", HIGH, "sekretess enligt 26 kap 1 § OSL"),
                fires("Rehabutredning, omfattas av sekretess enligt OSL 39:2.", HIGH, "omfattas av sekretess enligt OSL 39:2"),
                fires("Sekretess gäller enligt 19 kap. 3 § OSL tills tilldelningsbeslut fattats.", HIGH, "Sekretess gäller enligt 19 kap. 3 § OSL"),
                fires("Sekretess enligt 26 kap. 1 § och 26 kap. 5 § OSL", HIGH, "Sekretess enligt 26 kap. 1 § och 26 kap. 5 § OSL"),
                fires("Ämne: Sekretess - orosanmälan vecka 12", HIGH, "Sekretess"),
                fires("SEKRETESSBELAGD - elevhälsans anteckningar", HIGH, "SEKRETESSBELAGD"),
                fires("Hemlig enligt 21 kap. 3 § OSL", HIGH, "Hemlig enligt 21 kap. 3 § OSL"),
                fires("Ritningarna är märkta Hemlig enligt 18 kap. 8 § OSL.", HIGH, "Hemlig enligt 18 kap. 8 § OSL"),
                // English translations of a marking
                fires("Confidential under the Public Access to Information and Secrecy Act, Chapter 26 Section 1", HIGH,
                        "Confidential under the Public Access to Information and Secrecy Act, Chapter 26 Section 1"),
                fires("Subject to secrecy under Chapter 26, Section 1 of the Public Access to Information and Secrecy Act.", HIGH,
                        "Subject to secrecy under Chapter 26, Section 1 of the Public Access to Information and Secrecy Act"),
                fires("This note is covered by secrecy.", HIGH, "covered by secrecy"),
                none("Documents that may contain information covered by secrecy under the Secrecy Act may be marked.", HIGH,
                        "a hedged rule about documents in general"),
                none("Read chapter 26 section 1 of the Social Services Act.", HIGH, "no secrecy act named"),
                // the act cited as the source of a rule, and its procedural chapters
                none("Enligt 26 kap. 1 § OSL gäller sekretess inom socialtjänsten för uppgift om enskilds personliga förhållanden.", HIGH,
                        "the act cited as the source of a general rule"),
                fires("Enligt 26 kap. 1 § OSL gäller sekretess för uppgifterna nedan.", HIGH, "26 kap. 1 § OSL"),
                none("Begäran om allmän handling prövas enligt 6 kap. 3 § OSL.", HIGH, "a procedural chapter (1-14) is no ground for secrecy"),
                none("En handling som kan antas innehålla sekretessbelagda uppgifter får sekretessmarkeras enligt 5 kap. 5 § OSL.", HIGH,
                        "the marking rule itself, about documents in general"),
                none("I 10 kap. 2 § OSL finns en generalklausul.", HIGH, "a procedural chapter"),
                fires("Sekretess enligt 7 kap. 4 § SekrL", HIGH, "Sekretess enligt 7 kap. 4 § SekrL"),
                none("Ärendet gällde hur sekretess enligt OSL ska hanteras i molntjänster.", HIGH, "an indirect question names a topic"),
                none("Vilka uppgifter omfattas av sekretess enligt 26 kap. OSL i socialtjänsten i allmänhet?", HIGH,
                        "an open question; 'kap.' does not end the sentence"),
                none("Uppgifterna är inte sekretessbelagda.", HIGH, "negated self-marking"),
                none("Kan du kolla om uppgifterna omfattas av sekretess enligt 26 kap. 1 § OSL?", HIGH, "a yes/no question, not a marking"),
                none("Mamman har skyddad identitet och adressen får inte lämnas ut.", HIGH, "an instruction about one fact inside a sentence"),
                none("Rutin: hemadresser lämnas inte ut utan sekretessprövning.", HIGH, "an instruction in a routine"),
                fires("Omfattas av sekretess – lämnas inte ut utan sekretessprövning", HIGH, "Omfattas av sekretess - lämnas inte ut"),
                fires("Uppgifterna får inte lämnas ut.", HIGH, "får inte lämnas ut"),
                fires("Får ej lämnas ut. Anteckning från hembesöket.", HIGH, "Får ej lämnas ut"),
                fires("Uppgifterna skyddas av sekretess.", HIGH, "skyddas av sekretess"),
                fires("Handlingen är belagd med sekretess.", HIGH, "belagd med sekretess"),
                none("När det gäller sekretess och sociala medier finns en rutin.", HIGH, "secrecy as a topic"),
                none("Programmet: 10:15 föreläsning, 13:30 workshop i sal 2:14.", HIGH, "times and a room number"),
                none("Mormors hemliga recept serveras till kaffet, och vem som uppträder är hemligt.", HIGH, "hemlig as an adjective"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void table(Rows row) {
        row.check(DETECTOR);
    }
}
