package se.precheck.detect.userules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.detect.Finding;
import se.precheck.detect.Normalizer;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

class SystemCopyDetectorTest {

    private static final Policy POLICY = PolicyLoader.loadDefault();
    private static final SystemCopyDetector DETECTOR = new SystemCopyDetector();
    private static final String STRONG = SystemCopyDetector.STRONG_RULE;
    private static final String WEAK = SystemCopyDetector.WEAK_RULE;

    private static List<Finding> detect(String text) {
        return DETECTOR.detect(Normalizer.normalize(text), POLICY);
    }

    private static List<String> spans(String text, List<Finding> found) {
        return found.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    /** (text, the rule every finding must carry, a span that must be among the findings). */
    static Stream<Arguments> mustFire() {
        return Stream.of(
                Arguments.of("Utskrift från Treserva\nAnteckning om hembesök.\nSignerad av: Handläggare A", STRONG, "Signerad av:"),
                Arguments.of("Utskriftsdatum: 2024-03-12\nPersonen kom till mötet.", STRONG, "Utskriftsdatum:"),
                Arguments.of("Utskrivet 2025-02-11 av Lina Ek\nProcapita IFO\nAktualisering 2025-01-20", STRONG, "Utskrivet 2025-02-11 av Lina"),
                Arguments.of("Kopierat från Heroma: Anställningsform: Tillsvidare, Lön: 31 200 kr", STRONG, "Kopierat från Heroma"),
                Arguments.of("Hembesök gjordes.\nOsignerad", STRONG, "Osignerad"),
                Arguments.of("Anteckningstyp: Hembesök\nHändelsedatum: 2024-03-12\nBrukaren var glad.", STRONG, "Anteckningstyp:"),
                Arguments.of("Beslut: Beviljas\nLagrum: 4 kap. 1 § SoL\nGäller fr.o.m. 2024-04-01", STRONG, "Beslut: Beviljas"),
                Arguments.of("2024-03-12 14:35 Anna Andersson, socialsekreterare\nSamtal med klienten.", STRONG, "2024-03-12 14:35"),
                Arguments.of("Utskrift från Treserva\nBoende: Hyresrätt\nSysselsättning: Arbetssökande\nInkomst: 0 kr", STRONG, "Sysselsättning:"),
                Arguments.of("Diarienummer: KS 2024/123\nÄrendemening: Medborgarförslag\nHandlingstyp: Inkommande\nInkom: 2024-02-01", STRONG, "Ärendemening:"),
                Arguments.of("Barnets behov\ntext\nFöräldrarnas förmåga\ntext\nFamilj och miljö\ntext", STRONG, "Föräldrarnas förmåga"),
                Arguments.of("Kontaktorsak\nFall i hemmet\nAnamnes\nTidigare frisk\nÅtgärd\nOmläggning", STRONG, "Anamnes"),
                Arguments.of("Händelsedatum:\t2024-03-12\tDokumenterad av:\tAnna", STRONG, "Dokumenterad av:"),
                Arguments.of("Sida 1 (3)\nUtskriven av: Handläggare", STRONG, "Sida 1 (3)"),
                Arguments.of("Detta kommer från Ciceron.", STRONG, "Ciceron"),
                Arguments.of("Hej! Jag har klistrat in från Procapita, kan du skriva om språket?", STRONG, "Procapita"),
                Arguments.of("kopierade det här ur Unikum – kan du göra det kortare?", STRONG, "Unikum"),
                Arguments.of("Skola24 - Frånvarorapport\nElev: Noah Lindberg\nKlass: 7B\nOgiltig frånvaro: 34 %", STRONG, "Skola24"),
                Arguments.of("Skola24 - Frånvarorapport\nElev: Noah Lindberg\nKlass: 7B\nOgiltig frånvaro: 34 %", STRONG, "Klass:"),
                Arguments.of("Elev: Alva Eriksson\nKlass: 4B\nDokumenterad av: Pia Holm\nAnteckningstyp: Elevhälsomöte", STRONG, "Elev:"),
                Arguments.of("Utskrift från Lifecare\nSida 1 av 2\nBrukare: Gun Persson\nInsats: Hemtjänst", STRONG, "Insats:"),
                Arguments.of("ByggR - Ärendeutskrift\nÄrende: BN 2025/0231\nSökande: Per Holm\nSida 1 (4)", STRONG, "ByggR"),
                Arguments.of("Publicerad: 2025-02-20 av Johan Ek\nSynlig för: Elev, vårdnadshavare", WEAK, "Synlig för:"),
                Arguments.of("Journalutskrift 2025-03-01\nHembesök genomfört.", STRONG, "Journalutskrift"),
                Arguments.of("2025-01-20 13:05 Anna Lind (socialsekreterare)\nSamtal med pappan.", STRONG, "2025-01-20 13:05"),
                Arguments.of("[2025-03-12 09:14] Elin Björk\nvi kör i aulan", WEAK, "[2025-03-12 09:14]"),
                Arguments.of("Skriven av: Anna Lind\nAntecknad av: Per Ek\nText om besöket.", STRONG, "Skriven av:"),
                Arguments.of("Brukaren ville inte äta i dag.\nVisa mer", WEAK, "Visa mer"),
                Arguments.of("Från: Anna Andersson\nSkickat: den 12 mars 2024 10:15\nTill: Socialtjänsten\nÄmne: Möte", WEAK, "Skickat:"),
                Arguments.of("[12:03] Anna Andersson\nHej, kan du ringa?", WEAK, "[12:03]"),
                Arguments.of("Från: Per Olsson <per.olsson@example.com>\nSkickat: den 3 februari 2025 08:14\nHej!", WEAK, "Skickat:"),
                Arguments.of("Senast ändrad av Anna Andersson\nSidansvarig: Kommunikationsavdelningen", STRONG, "Sidansvarig:"),
                Arguments.of("Beslutsdatum: 2024-01-02\nNamn: Anna", WEAK, "Beslutsdatum:"),
                Arguments.of("Hembesök. Brukaren mådde bra.\nSign. AA\nAnteckningstyp: Hembesök", STRONG, "Sign. AA"),
                Arguments.of("Lifecare Utförare\nGenomförandeplan\nPersonlig vård\nHemliv\nBrukaren behöver hjälp.", STRONG, "Hemliv"),
                Arguments.of("Individ > Journal > Anteckning\nHembesök genomfört.", WEAK, "Individ > Journal > Anteckning"),
                Arguments.of("2024-02-14 10:22 Sara Ek, socialsekreterare\nAnteckningstyp: Telefonsamtal", STRONG, "2024-02-14 10:22"),
                // Layouts: what a copy keeps whatever the system's own labels are.
                Arguments.of("Lifecare Utförare - Genomförandeplan\nBrukare\tKerstin Holm\nBeslutsdatum\t2024-11-20", STRONG, "Beslutsdatum"),
                Arguments.of("Elev\tKlass\tOgiltig frånvaro\nAlva Strand\t8A\t31 h\nOmar Farah\t8A\t2 h", STRONG, "Elev\tKlass\tOgiltig frånvaro"),
                Arguments.of("Datum\tDnr\tHandling\tAvsändare/Mottagare\n2025-03-01\tMSN 2025/21\tAnmälan\tPer Ek", STRONG, "Datum\tDnr\tHandling\tAvsändare/Mottagare"),
                Arguments.of("250114 Tel från skolan, pojken frånvarande. Sign. KJ\n250116 Hembesök, ingen hemma. Sign. KJ", STRONG, "250114"),
                Arguments.of("2025-01-09 21:40  Sjuksköterska Maja Eng\nPatienten har fallit i badrummet.", STRONG, "2025-01-09 21:40"),
                Arguments.of("2025-01-09 21:40 | Dr. Klas Hed\nInskrivning.", STRONG, "2025-01-09 21:40"),
                Arguments.of("Noah berättar att han sover dåligt.\nSignerad 2024-10-02 11:20", STRONG, "Signerad"),
                Arguments.of("Händelse 2025-01-22 Telefon in\nMamman ringer.\nHändelse 2025-01-24 Hembesök\nAnteckningstyp: Besök", STRONG, "Händelse"),
                Arguments.of("Elev: Leo Karlsson   Skapad av: Petra Wik\nAnteckningstyp: Samtal", STRONG, "Skapad av:"),
                Arguments.of("Anteckningstyp: Telefonsamtal\nRubrik: Kontakt med hyresvärd\nHändelsedatum: 2025-02-03", STRONG, "Rubrik:"),
                Arguments.of("TakeCare  Journaltext\nSignerad av: Klas Hed", STRONG, "TakeCare"),
                Arguments.of("Diarium - Platina\nÄrendemening: Utegym\nInkom: 2025-01-14", STRONG, "Platina"),
                Arguments.of("Viva 4.2 | Beräkning\nBeslut: Beviljas\nBeslutsfattare: Erik Sjögren", STRONG, "Viva"),
                Arguments.of("Public 360° - Dokumentkort\nDokumentnummer: KS 2024/310-4\nÅtkomstgrupp: Alla", STRONG, "Dokumentnummer:"),
                Arguments.of("Sökord: Aktuellt\nFallit i badrummet.\nSökord: Åtgärd\nKontakt med läkare.\nSignerad av: Maja Eng", STRONG, "Sökord:"),
                Arguments.of("Patient: Ahmed Karimi\n2025-02-20 13:45  Signed by: Elin Vik, RN\nAssessment: healing slowly.", STRONG, "Signed by:"),
                Arguments.of("Sarah Lind 10:02 AM\nCan you check the export?\nTom Berg 10:05 AM\nYes, no errors.", WEAK, "10:02 AM"),
                Arguments.of("Lisa Öberg  09:12\nservern svarar inte\nAli Demir, igår 09:14\nstartar om", WEAK, "09:12"),
                Arguments.of("Person 1 10:02 AM\nCan you check?\nPerson 2 10:05 AM\nYes.", WEAK, "10:02 AM"),
                Arguments.of("2025-02-14 10:42 | Person 1, handläggare | Samtal\nKlienten har fått jobb.", STRONG, "2025-02-14 10:42"),
                // Layouts of other systems and other ways of copying.
                Arguments.of("Anteckningstyp\nTelefonsamtal\nHändelsedatum\n2025-03-04\nDokumenterad av\nPerson 1", STRONG, "Händelsedatum"),
                Arguments.of("Händelsedatum ........ 2025-03-07\nAnteckningstyp ....... Samtal\nUtförare ............. Robin", STRONG, "Anteckningstyp"),
                Arguments.of("KLIENT:      Gun Berg          PNR: 19401127-9090\nHANDLÄGGARE: Per Strand\nBESLUT:      Beviljas", STRONG, "PNR:"),
                Arguments.of("Ärendenr;Sökande;Personnr;Handläggare;Status\nVB-2025-0412;Sam Ek;19830314-2395;Lena Bro;Utredning", STRONG,
                        "Ärendenr;Sökande;Personnr;Handläggare;Status"),
                Arguments.of("Elev,Klass,Datum,Lektion,Frånvaro\nHugo Ek,9A,2025-03-03,Matematik,Ogiltig", STRONG, "Elev,Klass,Datum,Lektion,Frånvaro"),
                Arguments.of("Genomförandeplan\nHjälp med dusch.\nSkapad av Nadia Salem 2025-03-01 08:03\nÄndrad av Nadia Salem 2025-03-02 14:12",
                        STRONG, "Ändrad av"),
                Arguments.of("Elevkort\nUpprättad 2025-01-20 av Karin Lund\nSignerad av: Karin Lund", STRONG, "Upprättad 2025-01-20 av"),
                Arguments.of("Start › Elever › 8C › Adam Nilsson › Dokumentation\nKategori: Kränkande behandling\nSignerad av: Elin Carlsson",
                        STRONG, "Start › Elever › 8C"),
                Arguments.of("Ärende #48213 | Prioritet: Hög | Status: Tilldelad\nRegistrerad: 2025-03-04 08:12\nAnmälare: Jenny Holm",
                        STRONG, "Registrerad:"),
                Arguments.of("Inskickat formulär: Felanmälan\nÄrende-ID: 2025-03-03-1187\nInskickat: 2025-03-03 07:41\nNamn: Petra Alm",
                        STRONG, "Inskickat:"),
                Arguments.of("Document number: 2025/00412-3\nCase: KS 2025/00412\nResponsible person: Oskar Wiik\nCreated by: Oskar Wiik",
                        STRONG, "Responsible person:"),
                Arguments.of("Statusrad: inget att visa\n-----Ursprungligt meddelande-----\nHej!", WEAK, "-----Ursprungligt meddelande-----"),
                Arguments.of("Brukaren ville inte duscha.\nSvara  ·  Vidarebefordra", WEAK, "Svara  ·  Vidarebefordra"),
                Arguments.of("Personakt\nNamn\nNoel Berg\nPersonnummer\n20100409-2381\nAnteckningstyp\nHembesök", STRONG, "Personakt"),
                Arguments.of("Tabell ur Heroma\nKälla: Heroma Rapport 12", STRONG, "Heroma"),
                Arguments.of("Utskriven från Platina 2025-03-01\nProtokollsutdrag", STRONG, "Utskriven från Platina 2025"),
                Arguments.of("Patient: Harald Nyberg\nNote type: Nursing note\nPage 1 of 2", STRONG, "Page 1 of 2"),
                Arguments.of("\"Dnr\";\"Ärendemening\";\"Handläggare\"\n\"KS 2025/1\";\"Snöröjning\";\"Per Ek\"", STRONG, "Dnr\";\"Ärendemening\";\"Handläggare"),
                Arguments.of("Brukare\tKerstin Holm\tPnr\t19400215-2397\nBeslutsdatum\t2024-11-20\tAnsvarig\tTeam Norr", STRONG, "Pnr"),
                Arguments.of("Anteckningstyp: Samtal\nStatus: Osignerad", STRONG, "Status: Osignerad"),
                Arguments.of("Inloggad som: Anna Berg (ANBE01)\nÄrendetyp: Bygglov", STRONG, "Inloggad som:"),
                Arguments.of("2025-03-01 10:15 Telefonsamtal - Lisa Holm\nMamman ringde.\n2025-03-02 09:00 Hembesök - Lisa Holm\nIngen hemma.",
                        STRONG, "2025-03-02 09:00"),
                Arguments.of("Journalanteckning 2025-03-04\nKontakttyp: Telefon\nMamma ringer.", STRONG, "Journalanteckning"),
                Arguments.of("Name: Karl Ek\nCase officer: Eva Ström\nDecision: Granted", STRONG, "Decision: Granted"),
                Arguments.of("Tack, det blir bra.\n\nDen mån 3 mars 2025 kl 14:02 skrev Anna Lind <anna.lind@example.com>:\n> Hej!", WEAK,
                        "Den mån 3 mars 2025 kl 14:02 skrev Anna Lind <anna.lind@example.com>:"));
    }

    @ParameterizedTest
    @MethodSource("mustFire")
    void fires(String text, String rule, String span) {
        List<Finding> found = detect(text);
        assertThat(found).as(text).isNotEmpty();
        assertThat(found).allSatisfy(f -> {
            assertThat(f.category()).isEqualTo(Category.SYSTEM_COPY);
            assertThat(f.ruleId()).as(f.evidence()).isEqualTo(rule);
        });
        assertThat(spans(text, found)).contains(span);
    }

    /** (text, why nothing may be reported). */
    static Stream<Arguments> mustNotFire() {
        return Stream.of(
                Arguments.of("Från: Anna Andersson", "a single e-mail header line is ordinary text"),
                Arguments.of("Vi använder Treserva sedan 2019 och det fungerar bra.", "a system named in prose is no copy"),
                Arguments.of("jag får inget svar i Heroma när jag ska attestera tid", "a system named in an IT question"),
                Arguments.of("Diariet i W3D3 visar att ärendet är avslutat.", "the user tells what the system says, in own words"),
                Arguments.of("Det här står i Viva-systemet om ekonomiskt bistånd.", "a system named in prose"),
                Arguments.of("Treserva hänger sig hela tiden, vad gör jag?", "a question that starts with the system name is no header"),
                Arguments.of("Vi byter från Procapita till Lifecare i höst.", "'från' before a system name without a copy verb"),
                Arguments.of("Så dokumenterar du i Treserva: välj anteckningstyp, fyll i händelsedatum och signera.",
                        "a procedure about the system names its fields in prose"),
                Arguments.of("Elevens namn: Zakaria Mohammed\nPnr: 200806022398\nKlass: 9C\nDiagnos: ADHD",
                        "staff's own list of who-labels: the other detectors cover the data, no system trace"),
                Arguments.of("brukare: Nils Falk\npnr: 19260427-8156\ninsats: trygghetslarm", "a typed list of form labels"),
                Arguments.of("Namn: Lisa Karlsson\nFörvaltning: Kultur och fritid", "a form mail: 'Namn:' alone is no system copy"),
                Arguments.of("Utskriften från skrivaren blev sned.", "'utskriften' in prose is no print header"),
                Arguments.of("Vi ska visa mer av vårt arbete på webben.", "'visa mer' inside a sentence"),
                Arguments.of("Från: 2024-01-01\nTill: 2024-12-31", "a date range is not an e-mail header"),
                Arguments.of("Boende: Hyresrätt\nSysselsättning: Arbetssökande\nInkomst: 0 kr\nSkulder: Ja", "a label run alone: forms look the same"),
                Arguments.of("services:\n  app:\n    image: nginx\n    environment: prod", "a configuration file"),
                Arguments.of("Roll: Du är kommunikatör\nUppgift: Skriv en nyhet\nTon: Vänlig\nMålgrupp: Invånare", "a prompt written as labels"),
                Arguments.of("Datum: 2024-03-12\nTid: 13.00\nPlats: Stadshuset\nNärvarande: Alla", "minutes written in Word"),
                Arguments.of("Bedömning\nTexten är bra.", "one heading is just a heading"),
                Arguments.of("Vision 2030 för Hedemora handlar om tillväxt.", "Vision without a system word"),
                Arguments.of("Vi pratade om IST-frågor på mötet.", "IST without a system word"),
                Arguments.of("Möte kl 12:30: vi går igenom budgeten.", "a time is not a label"),
                Arguments.of("Läs mer på https://www.example.com/sida", "a URL is not a label"),
                Arguments.of("Publicerad i tidningen förra veckan.", "'Publicerad' without a colon is a word"),
                Arguments.of("Diarienummer: KS 2024/12", "a case number line alone: the case-number rule covers it"),
                Arguments.of("Observera följande: mötet flyttas.", "one label-like line"),
                Arguments.of("Viva la vida är en låt.", "Viva as a word"),
                Arguments.of("Tjänsteskrivelse\nDatum: 2024-03-01\nDiarienummer: KS 2024/123\nHandläggare: Anna Andersson\nÄrende: Ny riktlinje",
                        "the head of a Word document: document labels only support other traces"),
                Arguments.of("Bakgrund\nText.\nAnalys\nResultat\nSammanfattning", "ordinary report headings"),
                Arguments.of("Mötesanteckningar\n2024-03-12 14.00 Uppstart\n2024-03-19 14.00 Uppföljning", "a list of meeting times"),
                Arguments.of("Dagordning\n2024-03-12 13.00 Punkt 3, budget\n2024-03-12 14.00 Punkt 4, lokaler", "an agenda: 'Punkt 3, budget' is no signature"),
                Arguments.of("2024-03-12 14.00 Möte med rektor Anna Berg\n2024-03-19 14.00 Uppföljning", "a role further on in a calendar line is no signature"),
                Arguments.of("Datum: 2025-03-12\nVår beteckning: BN 2025/00112\n\nInformation om ändrade avgifter för bygglov.", "a letter head"),
                Arguments.of("Månad\tAntal ärenden\tKostnad\nJanuari\t412\t1 200 000\nFebruari\t398\t1 150 000", "a statistics table has no record columns"),
                Arguments.of("Elev\tKlass\tOgiltig frånvaro\nHär kommer listan sen.", "column names without a data row"),
                Arguments.of("Anna Lind 10:00\nMöte om budgeten i stora salen.", "one name and time line is a note's heading, not a chat"),
                Arguments.of("Punkt 3 10:00\nPunkt 4 10:30\nPunkt 5 11:00", "agenda items with times are no chat"),
                Arguments.of("Ärendet avgjordes av KS\nDet gick bra.", "capitals closing a sentence are no signature"),
                Arguments.of("240312 var sista dagen för ansökan.", "a compact date without a signature"),
                Arguments.of("Vi uppgraderar till Viva 4.2 nästa vecka.", "a system with its version named in prose"),
                Arguments.of("Skrivaren på plan 2  fungerar inte: den drar två papper.", "a label-like word after double spaces in prose"),
                Arguments.of("Hedemora 2030 - Vision", "an ambiguous name closing a heading without a system word"),
                Arguments.of("Så signerar du i Lifecare\n1. Öppna personakten.\n2. Status ändras från Osignerad till Signerad.",
                        "a status word inside an instruction's sentence"),
                Arguments.of("Treserva 7.4 - nyheter i versionen\n• Ny signeringsvy\n• Snabbare sökning",
                        "a system name heading release notes in prose"),
                Arguments.of("Ansökan om tjänstledighet\nNamn:\nAnställningsnummer:\nFörvaltning:\nOrsak:\nUnderskrift: ____  Datum: ____",
                        "a blank form: labels without values"),
                Arguments.of("Ansökan\nNamn\nAnställningsnummer\nFörvaltning\nPersonnummer\n", "a blank form without colons"),
                Arguments.of("Taxor 2025\nBygglov enbostadshus: 24 500 kr\nStrandskyddsdispens: 8 200 kr\nNybyggnadskarta: 6 900 kr",
                        "a price list is a run of labels with no record field"),
                Arguments.of("Dagordning APT 2025-03-12\n08:30 Välkommen\n08:45 Nya rutiner i Ciceron\n09:30 Fika", "an agenda with times"),
                Arguments.of("Månad;Ansökningar;Beviljade;Avslag\nJanuari;112;87;25\nFebruari;98;80;18", "a statistics export has no record columns"),
                Arguments.of("Insats\nHemtjänsten ska ge stöd i vardagen till alla som behöver det, enligt beslut.",
                        "a heading over a paragraph is no label and value"),
                Arguments.of("Vi har äpplen,päron,bananer i fruktkorgen.", "commas in prose are no columns"),
                Arguments.of("Kontakt: Lisa Holm\nSkapad av kommunikationsavdelningen", "'skapad av' without a timestamp is prose"),
                Arguments.of("Pris > 100 kr > rabatt", "comparisons are no breadcrumb"),
                Arguments.of("Den som vill kan läsa vad hon skrev:", "a sentence ending in 'skrev:' without a time"),
                Arguments.of("Läs sidan 3 av 5 i manualen, page two.", "a page reference in prose"),
                Arguments.of("Välkommen › Om oss", "two crumbs of a public web page"),
                Arguments.of("Svara", "a lone button word is also a word of a text"),
                Arguments.of("Uppgift\tStatus\tAnsvarig\nBudget\tKlar\tPer", "a project list: block columns only"),
                Arguments.of("Status: Klar\nAnsvarig: Per\nDeadline: fredag", "a project's status is written by people"),
                Arguments.of("2025-03-12 09:00 Budget - Per Ek\n2025-03-12 10:00 Lokaler - Eva Lind\n2025-03-12 11:00 Lunch",
                        "an agenda of one day with its speakers"));
    }

    @ParameterizedTest
    @MethodSource("mustNotFire")
    void doesNotFire(String text, String reason) {
        assertThat(detect(text)).as(reason).isEmpty();
    }

    @Test
    void spansAreTheTracesNotTheValues() {
        String text = "Signerad av: Anna Andersson\nHändelsedatum: 2024-03-12";
        assertThat(spans(text, detect(text))).containsExactly("Signerad av:", "Händelsedatum:");
    }

    @Test
    void aLocalSystemFromThePolicyCounts() {
        Policy local = new Policy(POLICY.version(), POLICY.guidelineVersion(), POLICY.rules(), POLICY.reminders(),
                POLICY.switchboardNumbers(), POLICY.intranetHosts(), java.util.Set.of("Kvasir"), POLICY.allowedTerms(),
                POLICY.minConfidence());
        String text = "Jag kopierade det här från Kvasir.";
        List<Finding> found = DETECTOR.detect(Normalizer.normalize(text), local);
        assertThat(spans(text, found)).containsExactly("Kvasir");
        String named = "Kvasir - Ärendelogg\nHändelsedatum: 2024-03-12";
        assertThat(spans(named, DETECTOR.detect(Normalizer.normalize(named), local))).contains("Kvasir");
        String prose = "Jag loggar in i Kvasir varje morgon.";
        assertThat(DETECTOR.detect(Normalizer.normalize(prose), local)).as("a local system named in prose").isEmpty();
    }

    @Test
    void pathologicalInputReturns() {
        List<String> units = List.of(":", ":\n", "\n", "Utskriftsdatum: 2024-03-12\n", "Signerad av: A\n",
                "Sida 1 (3) ", "2024-03-12 14:35 Anna Andersson, x\n", "a:", "\t:", "[12:03] ", "A > B > ",
                "Treserva ", "kopierat från Treserva ", "Skola24 - ", "Journalutskrift\n", "Visa mer\n",
                "Brukare\t", "\t", "Elev\tKlass\tSign\n1\t2\t3\n", "250114 Sign. KJ\n", "Anna Lind 10:02\n", "x  Pnr: ",
                "Händelse 2025-01-22 ", "Sökord: Aktuellt\n", " /AB\n", "Händelsedatum\n2025\n", "a;b;c\n1;2;3\n", "x › y › ",
                "Ändrad av A 2025-03-02 14:12\n", "Utförare ...... ", "Svara · ", "-----Ursprungligt meddelande-----\n");
        for (String unit : units) {
            String big = unit.repeat(1_000_000 / unit.length());
            List<Finding> found = detect(big);
            assertThat(found.size()).isLessThanOrEqualTo(100);
        }
    }
}
