package se.precheck.detect.sensitive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.detect.Finding;
import se.precheck.detect.Normalizer;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

/**
 * One table per category. Each row: the text, what must come out, and why.
 * {@code HIGH} = the term tied to a person gives {@code R5-<slug>} covering {@code surface};
 * {@code INFO} = a topic or population gives only {@code R5-<slug>-allmant};
 * {@code NONE} = nothing at all (a trap). All names and numbers are invented; the personnummer
 * is from Skatteverket's list of test numbers.
 */
class SensitiveTermDetectorTest {

    enum Expect { HIGH, INFO, NONE }

    private static final Policy POLICY = PolicyLoader.loadDefault();
    /** The family's detector as the engine runs it (all categories in one pass); each table looks at its own category. */
    private static final SensitiveTermDetector DETECTOR = (SensitiveTermDetector) SensitiveDetectors.ALL.get(0);

    private static Arguments high(String text, String surface) {
        return arguments(text, Expect.HIGH, surface, "tied to a person");
    }

    private static Arguments info(String text, String reason) {
        return arguments(text, Expect.INFO, null, reason);
    }

    private static Arguments none(String text, String reason) {
        return arguments(text, Expect.NONE, null, reason);
    }

    static Stream<Arguments> health() {
        return Stream.of(
                high("Eleven Noah har fått diagnosen ADHD.", "ADHD"),
                high("Pnr: 19121212-1212\nKlass: 9C\nDiagnos: ADHD\nMedicin: Concerta 36 mg", "Concerta"),
                high("Han har varit sjukskriven för utmattningssyndrom sedan oktober.", "sjukskriven för utmattningssyndrom"),
                none("Skolsköterskan Britt Dahl har pratat med klassen.", "a job title"),
                high("Hon har diabetes och tar insulin.", "diabetes"),
                high("Astrid i lgh 3 är nu palliativ, morfinpump sedan i eftermiddags.", "morfinpump"),
                high("Dottern undrar om demensutredningen på vårdcentralen är klar för mamma.", "demensutredningen"),
                high("Karin har en hudsjukdom och kan inte använda fingeravtrycksläsaren.", "hudsjukdom"),
                high("The client is on methadone treatment since May.", "methadone treatment"),
                info("Psykisk hälsa bland unga: var tredje flicka i åk 9 uppger att hon har sömnsvårigheter.",
                        "a population: 'bland unga', 'var tredje flicka'"),
                info("Rutin för rehabilitering: Chefen ska ta kontakt med den sjukskrivne medarbetaren senast dag 7.",
                        "a routine: the role is anyone in it"),
                high("Jag har diabetes.", "diabetes"),
                high("Patienten har F90.0 och medicineras med Concerta.", "F90.0"),
                high("Han är inskriven på barnpsykiatrin sedan i våras.", "barnpsykiatri"),
                high("Den anställde är sjukskriven sedan mars.", "sjukskriven"),
                high("Min kollega har fått cancer.", "cancer"),
                high("Ahmed har haft kontakt med BUP på grund av ångest.", "ångest"),
                high("Omsorgstagaren har trycksår på hälen.", "trycksår"),
                high("Lisa Svensson är gravid i vecka 20.", "gravid"),
                high("Brukaren har depressionen under kontroll med Sertralin.", "depressionen"),
                high("Han har haft självmordstankar under hösten.", "självmordstankar"),
                high("Medarbetaren har lämnat in läkarintyg.", "läkarintyg"),
                high("Hon har epileptiska anfall flera gånger i veckan.", "epileptiska anfall"),
                high("Klienten har autismspektrumtillstånd.", "autismspektrumtillstånd"),
                high("Pappan har nyligen fått\nett cancerbesked.", "cancerbesked"),
                high("Eleven har dyslexi och behöver inläsningstjänst.", "dyslexi"),
                high("Hennes son har diagnoserna ADD och dyskalkyli.", "ADD"),
                high("19121212-1212 är diabetiker.", "diabetiker"),
                info("Psykisk hälsa bland unga ökar.", "population"),
                info("Andelen elever med ADHD har ökat.", "statistics"),
                info("Jag ska hålla en föreläsning om ADHD för personalen.", "a lecture is a topic"),
                info("Kan Copilot sammanfatta forskningen om demens?", "research is a topic"),
                none("Med vänliga hälsningar, Anna", "greeting, not health"),
                none("Hälsningar från oss alla på enheten, hon hälsar också.", "greeting"),
                none("Folkhälsan i kommunen ska förbättras.", "public health"),
                none("Elevhälsan har möte på tisdag.", "the pupil health service as an organisation"),
                none("Hon gör diagnosen i matematik på fredag.", "a school test"),
                none("Lärarna rättar diagnosen och för in resultaten i klassöversikten.", "marking a school test"),
                none("Diamant-diagnos genomförs i årskurs 3.", "a school test"),
                none("Han ansvarar för behandling av personuppgifter.", "data processing"),
                none("Vårdnadshavare ska kontaktas innan utflykten.", "guardian, not care"),
                none("Det var sjukt bra gjort av honom.", "slang"),
                none("Hon arbetar på psykiatrin i Säter.", "a workplace"),
                none("Beroende på vädret flyttar hon mötet.", "'beroende på' = depending on"),
                none("Förslaget skickas på remiss till nämnderna.", "consultation, not referral"),
                none("Hjärtstartare finns i entrén.", "equipment"),
                none("Hon tycker att mötet var sjukt långt.", "slang"),
                high("Han har haft svårt att sköta arbetet på grund av sin depression.", "depression"),
                high("Hon har sjukanmält sig i dag.", "sjukanmält"),
                high("Mamman säger att hon har fått remiss till barnkliniken.", "fått remiss"),
                high("Hon har haft hosta sedan i söndags.", "hosta"),
                high("Han har haft huvudvärk hela veckan.", "huvudvärk"),
                high("The client was diagnosed with schizophrenia in 2021.", "schizophrenia"),
                high("He has been off sick since Monday.", "off sick"),
                info("Min kollega Lena ska utbilda personalen i hemtjänsten om demens.", "training on a topic"),
                none("Till EHT: Wilma i 7B behöver extra anpassningar.", "the pupil health team is a school forum"),
                high("Den anställda är sjukskriven sedan mars.", "sjukskriven"),
                high("En 15-årig pojke har epilepsi.", "epilepsi"),
                info("Kan du hjälpa mig att skriva en text om demens till anhöriga?", "the writer asks about a topic"),
                info("Barn under 18 år med diabetes får hjälpmedel gratis.", "an age range is a population"),
                high("She is on sick leave because of depression.", "depression"),
                info("The number of people with dementia is increasing.", "English statistics"),
                high("Min medarbetare berättade att hon har svår foglossning.", "foglossning"),
                high("Brukaren hade ont i bröstet under natten.", "ont i bröstet"),
                high("Hon har blivit mer förvirrad och glömmer maten.", "förvirrad"),
                high("Medarbetaren är sjukskriven för utmattning sedan september.", "utmattning"),
                high("He is also on antidepressants.", "antidepressants"),
                high("The applicant says he cannot work because of back pain.", "back pain"),
                info("Utmattning är vanligt bland personal i vården enligt rapporten.", "a population"),
                none("Instruktionen om de nya reglerna var förvirrande.", "only the form förvirrad/förvirring counts, and only next to a person"),
                info("You will work with people who have dementia.", "a population; 'You' at the start of an English sentence is not a name"));
    }

    static Stream<Arguments> socialServices() {
        return Stream.of(
                high("Klienten ansöker om försörjningsstöd för juni.", "försörjningsstöd"),
                high("Vi vet att han polisanmäldes i oktober och att socialtjänsten är inkopplad.", "socialtjänsten är inkopplad"),
                high("Ansökan om vård enligt LVU för pojke född 2012.", "LVU"),
                high("The mother has been living at a women's shelter since January.", "women's shelter"),
                high("Eleven Lukas börjar hos oss efter lovet. Förra skolan skickade en orosanmälan i december.", "orosanmälan"),
                high("Brukare: Gun Persson\nInsats: Hemtjänst, städning varannan vecka", "Hemtjänst"),
                high("Hon har personliga assistenter dygnet runt.", "personliga assistenter"),
                info("Vi firar Pride vid kommunhuset. Hemtjänsten i norra området är certifierad sedan 2024.",
                        "a capitalised event name in the sentence before is not a person"),
                info("Tack för pratstunden Birgitta! Här kommer information om hur man ansöker om färdtjänst.",
                        "general information; the addressee in the sentence before is not the subject"),
                info("Biståndshandläggarna har fått ett nytt bedömningsstöd för boendestöd.", "staff and a method, no client"),
                info("Kommunens särskilda boenden har 214 platser. Kön till SÄBO var 47 dagar.", "places and queues: statistics"),
                info("Jag föreslår att kommunen bygger fler demensboenden.", "a proposal to build, not a person's care"),
                info("Lisa har semester, frågor om färdtjänst tas av Omar.", "staff who answer questions"),
                info("Enligt 4 kap. 1 § socialtjänstlagen har den som inte själv kan tillgodose sina behov rätt till bistånd.",
                        "the law speaks of anyone ('den som')"),
                info("Skolan gjorde en orosanmälan till socialtjänsten.", "no person; 'socialtjänsten' alone is the organisation"),
                none("Insamling till ungdomsfonden. Kontaktperson Ulf Bergman, 0980-319 231.", "a title before a name"),
                none("Ärende till servicedesk: Sofia Nyström på ekonomi kommer inte åt Visma.", "the finance department"),
                none("Han är personlig assistent åt en brukare i Säter.", "his job, not a service he gets"),
                none("Maja Holm är familjehem sedan 2019.", "a foster carer's role"),
                none("I utredningen säger Sara att hon inte har några inkomster.", "bare 'utredning' is any investigation"),
                info("Han pratade med brukaren om hemtjänstens nya tider.", "the service in the genitive is the organisation"),
                high("Familjen lever på bidrag sedan två år.", "lever på bidrag"),
                high("Det finns en pågående utredning om barnen hos socialtjänsten.", "utredning om barnen"),
                info("Antalet personer utan fast bostad har ökat.", "statistics"),
                info("När en orosanmälan kommer in ska barnet ges möjlighet att komma till tals.", "a conditional rule: any child"),
                info("Om brukaren har trygghetslarm ska personalen testa larmet varje månad.", "a conditional rule: any user"),
                high("När brukaren kom hem hade hon druckit alkohol.", "druckit alkohol"),
                info("Anna Lund från Kronofogden föreläser om skuldsanering.", "a name before 'från' is staff there"),
                info("Han är ny på enheten och ska handlägga orosanmälningar.", "his work with cases, not a case"),
                high("Han har fått ett brev från Kronofogden om sin skuld.", "Kronofogden"),
                high("Nämnden beslutar att ansöka hos förvaltningsrätten om vård enligt 2 och 3 §§ LVU för pojken.", "LVU"),
                high("Brukaren har ett alkoholmissbruk sedan flera år.", "alkoholmissbruk"),
                high("Pojken placerades på HVB enligt LVU.", "LVU"),
                high("Mamma Sara har skulder hos Kronofogden.", "Kronofogden"),
                none("Eleven har åtgärdsprogram och extra anpassningar.", "school support is not a social circumstance"),
                none("Hon fick en skriftlig varning av chefen.", "an HR measure is not a social circumstance"),
                high("Han bor på gruppbostad och har daglig verksamhet.", "gruppbostad"),
                high("En orosanmälan kom in om flickan i går.", "orosanmälan"),
                none("Sara har haft ogiltig frånvaro i 40 % av lektionerna.", "school absence is not a social circumstance"),
                high("Beslutet om försörjningsstöd gäller Fatima Ali.", "försörjningsstöd"),
                high("Klienten uppger att hon druckit alkohol dagligen.", "druckit alkohol"),
                high("Min pappa bor på äldreboende sedan i fjol.", "äldreboende"),
                high("Hon har beviljats hemtjänst två gånger per dag.", "hemtjänst"),
                high("Barnet är familjehemsplacerat sedan 2023.", "familjehemsplacera"),
                high("Han har god man sedan i somras.", "god man"),
                info("Kostnaden för försörjningsstöd ökade med 12 procent.", "a budget"),
                info("Under 2024 placerades 14 barn i familjehem.", "statistics without a person"),
                info("Rapporten visar att hemlösheten ökar i regionen.", "a report"),
                info("Kommunens arbete mot missbruk fortsätter.", "policy"),
                none("Sverige ökar sitt bistånd till Ukraina.", "international aid"),
                none("Hon fick en placering i kön.", "a queue"),
                none("Placeringspolicyn styr kommunens finansiella placeringar.", "finance"),
                none("Omhändertagande av avfall sker via kommunen.", "waste"),
                none("Vi söker familjehem! Bli familjehem i Hedemora.", "recruitment advert"),
                none("Planen mot kränkande behandling revideras.", "a school policy document"),
                none("Varning för halka vid entrén.", "a warning sign"),
                none("Räddningsinsatsen tog två timmar.", "rescue service"),
                none("Kommunens skulder minskade i fjol.", "public finances"),
                none("Hon är chef för hemtjänsten i norra distriktet.", "staff about their own work"),
                none("Han arbetar som biståndshandläggare sedan 2015.", "a job title"),
                none("Biståndshandläggaren Eva Lind föreslår avslag.", "a job title next to a name"),
                none("Kan du lägga upp ett konto för vår nya vikarie i hemtjänsten?", "a workplace"),
                none("Namn: Tariq Mahmoud\nEnhet: Hemtjänst Norr\n", "a unit's name"),
                none("Medarbetare: Annelie Forsberg, undersköterska hemtjänsten Söder\n", "a unit's name in a signature"),
                none("Hälsningar Per, familjerätten", "a unit in a signature"),
                none("LSS-handläggare Anna Berg har semester.", "a job title"),
                high("Hanan är placerad enligt 2 § LVU sedan i höstas.", "placerad enligt 2 § LVU"),
                high("Beslut om bistånd i form av kontaktperson för sonen Dariush.", "bistånd i form av kontaktperson"),
                high("Hon bor i bostad med särskild service enligt LSS.", "bostad med särskild service"),
                high("Han har kontaktperson enligt LSS sedan i våras.", "kontaktperson enligt LSS"),
                high("Hon har insats enligt 4 kap 1 § SoL sedan hösten.", "4 kap 1 § SoL"),
                high("Lukas, 19121212-1212, börjar hos oss i januari.\nSkolan skickade en orosanmälan i december.", "orosanmälan"),
                high("Lukas, född 2013-09-08, börjar hos oss efter sportlovet. Förra skolan skickade en orosanmälan i december.", "orosanmälan"),
                high("Personnr 19121212-1212, Tilde Hagström. Jag ska skriva en ansökan om vård enligt LVU.", "vård enligt LVU"),
                none("Behöver hjälp att skriva en vårdplan för kvällen.", "a document type without a person"),
                high("Vi har fått hans ansökan om ekonomiskt bistånd.", "ekonomiskt bistånd"),
                high("Försörjningsstödet till henne betalas ut den 25:e.", "Försörjningsstödet"),
                info("Han ansvarar för kommunens arbete med försörjningsstöd.", "a responsibility"),
                none("Johan placerade pengarna i en räntefond.", "finance"),
                none("Hon fick en bra placering i tävlingen.", "a competition"),
                none("Han skulle vilja ha en placering närmare fönstret.", "a seat"),
                none("Han har fått avslag på sin ansökan om bygglov.", "a building permit"),
                none("Hon har beviljats tjänstledighet i sex månader.", "leave from work"),
                high("Hennes son är placerad i familjehem sedan i höstas.", "placerad i familjehem"),
                // abbreviations and spellings staff use in a hurry
                high("ang. klienten: hon har ek.bistånd sedan aug.", "ek.bistånd"),
                high("klienten har forsorjningsstod sedan i vintras", "forsorjningsstod"),
                high("Vi hade ett SIP-möte om pojken med BUP i veckan.", "SIP-möte"),
                high("hemtj. hos fru Lindgren utökas m. kvällsbesök fr.o.m. v.12, trygghetslarm installerat.", "trygghetslarm"),
                high("Eleven berättade att hon har en handläggare på soc.", "handläggare på soc"),
                high("Ärendet bedöms som hedersrelaterat och han är rädd för sin släkt.", "hedersrelaterat"),
                // the next sentence tells of the person: one story
                high("Beslut om omedelbart omhändertagande enligt 6 § LVU fattades i går. Barnen är placerade i familjehem.",
                        "omedelbart omhändertagande"),
                // frames that keep service talk general
                info("Du som har hemtjänst kan få hjälp med inköp och städning.", "'du som': any reader of a leaflet"),
                info("Rutin för handläggning: Vid skulder hänvisas den enskilde till budget- och skuldrådgivningen.",
                        "a routine: the role is anyone in it"),
                info("Hur ska en handläggare resonera när hon bedömer behov av hemtjänst? Svara allmänt, inte om något enskilt fall.",
                        "the text says it asks in general: the pronoun is anyone in the role"),
                high("Karin har hemtjänst fyra gånger per dag. Svara allmänt, inte om något enskilt fall.",
                        "hemtjänst"),
                info("Can you explain the difference between LVU and SoL placements for a new colleague?", "general knowledge"),
                info("I'm the new LSS coordinator and our unit runs daglig verksamhet for 40 participants.", "a title and a service"),
                info("Min kollega jobbar inom daglig verksamhet och vill byta pass.", "a workplace"),
                info("Åsgatans gruppbostad behöver två nya vikarier i sommar.", "a unit named by its street"),
                info("Skriv till hemtjanst.norr@hedemora.se om att trygghetslarmet testas.", "only the alarm as a topic; the mailbox is no term"),
                none("Anna Berg är kontaktperson för enheten.", "a function someone has"),
                info("Jag skickar presentationen om försörjningsstöd och missbruk som vi pratade om.",
                        "subject matter, shared by the coordinated term"),
                info("Han har tidigare arbetat med LSS och socialpsykiatri i Falun.", "a work area, shared by the coordinated term"),
                none("Skriv en text om var man hittar sin lönespecifikation och hur man byter pass.", "'man … sin' is anyone"),
                high("Hon har ett pågående LVM-ärende och har varit på avgiftning två gånger.", "LVM"),
                info("Personlig assistent, 12 år i hemtjänst, söker nytt jobb.", "work experience: years, not an age"));
    }

    static Stream<Arguments> crime() {
        return Stream.of(
                high("Hon dömdes för snatteri 2022.", "snatteri"),
                high("Han har dömts för rattfylleri i år.", "dömts för rattfylleri"),
                high("Journalisten frågar om Mats Olander på tekniska förvaltningen som åtalats för mutbrott.", "åtalats för mutbrott"),
                high("Eleven Viktor misstänks för dataintrång. Rektor har gjort en polisanmälan.", "polisanmälan"),
                high("Pappan är orolig för att sonen har börjat sälja narkotika.", "sälja narkotika"),
                high("Han misstänks för misshandel av sin sambo.", "misstänks för misshandel"),
                high("Jonas har dömts till villkorlig dom för stöld.", "villkorlig dom"),
                high("Den sökande har ett utdrag ur belastningsregistret med anmärkning.", "belastningsregistret"),
                high("Klienten avtjänar straff och har fotboja.", "fotboja"),
                high("Hans pappa sitter i fängelse.", "fängelse"),
                high("Pappan sitter på anstalt sedan i våras.", "sitter på anstalt"),
                high("The client has a probation officer and meets him weekly.", "probation officer"),
                high("Eleven är polisanmäld för skadegörelse.", "polisanmäld"),
                info("Brottsförebyggande rådet publicerar statistik om stölder.", "statistics"),
                info("Polisen har gripit en man för inbrott i skolan.", "no identifiable person"),
                none("Dom kommer i morgon vid tio.", "'dom' as a pronoun"),
                none("Det brottsförebyggande arbetet fortsätter.", "crime prevention"),
                none("Anmälan till kursen stänger på fredag.", "registration"),
                none("En fängslande bok om staden.", "'fängslande' = captivating"),
                none("Felparkeringsavgiften höjs nästa år.", "parking fee"),
                none("Vi har god samverkan med polisen.", "cooperation"),
                none("Sökanden överklagade domen till Mark- och miljööverdomstolen.", "a planning case, not a crime"));
    }

    static Stream<Arguments> ethnicity() {
        return Stream.of(
                high("Eleven behöver tolk på tigrinja.", "tolk på tigrinja"),
                high("Hans föräldrar kommer från Somalia.", "kommer från Somalia"),
                high("Pappan har nyligen kommit från Eritrea.", "kommit från Eritrea"),
                high("Pojken är ensamkommande från Afghanistan.", "från Afghanistan"),
                none("Kommunen har tagit emot en delegation från Ukraina i veckan.", "a country, no person"),
                high("Hon har somalisk bakgrund.", "somalisk bakgrund"),
                high("The family is Roma and the boy needs support.", "is Roma"),
                high("Familjen är romer och han är rädd att bli illa behandlad.", "romer"),
                high("Klienten har tolkbehov vid alla möten.", "tolkbehov"),
                info("Nationella minoriteter: samer och romer har särskilda rättigheter.", "policy about minorities"),
                none("Kommunen är finskt förvaltningsområde.", "municipal status"),
                none("Modersmålsundervisning i arabiska erbjuds.", "school subject"),
                none("Ursprungsmärkning av kött i skolköket.", "food labelling"),
                none("Flygresande till Stockholm ökar.", "travellers"));
    }

    static Stream<Arguments> political() {
        return Stream.of(
                high("Han röstar på Sverigedemokraterna.", "röstar på Sverigedemokraterna"),
                high("Hon sympatiserar med Vänsterpartiet.", "sympatiserar med"),
                high("Där skriver hon att hon sympatiserar med Sverigedemokraterna, och kollegor har reagerat.",
                        "sympatiserar med Sverigedemokraterna"),
                high("Min granne är medlem i Moderaterna.", "medlem i Moderaterna"),
                high("Brukaren uttrycker högerextrema åsikter.", "högerextrem"),
                info("Utbildning om våldsbejakande extremism för personalen.", "a course"),
                none("Kommunstyrelsens ordförande Erik Johansson (M) öppnade mötet.", "party after a politician's name"),
                none("Lena Karlsson (SD) reserverade sig mot beslutet.", "minutes"),
                none("Politiska beslut fattas av nämnden.", "decisions"),
                none("Hon röstade för förslaget i nämnden.", "a vote on a proposal"),
                none("Han demonstrerade systemet för gruppen.", "'demonstrerade' = showed"));
    }

    static Stream<Arguments> religion() {
        return Stream.of(
                high("Han är muslim och ber fem gånger om dagen.", "muslim"),
                high("Hon bär slöja.", "bär slöja"),
                high("Familjen är muslimer och barnen ska ha fläskfri kost.", "muslimer"),
                high("Eleven är Jehovas vittne och deltar inte i firandet.", "Jehovas vittne"),
                high("Han har gjort utträde ur Svenska kyrkan.", "utträde ur Svenska kyrkan"),
                high("Sonen har konverterat till kristendomen.", "konverterat till kristendomen"),
                info("Religionen har betydelse för många i området.", "a topic"),
                none("Vi ber om ert yttrande senast fredag.", "'ber om' = ask for"),
                none("Jag tror att det blir bra.", "'jag tror' = I think"),
                none("Vi serverar bönor och ris till lunch.", "beans"),
                none("Svenska kyrkan ordnar julkonsert.", "an organisation"),
                none("Julavslutningen hålls i kyrkan.", "school tradition"));
    }

    static Stream<Arguments> tradeUnion() {
        return Stream.of(
                high("Hon är med i facket.", "Hon är med i facket"),
                none("Hon ringde i går, så facket kommer troligen att höra av sig.", "the union as an organisation that acts"),
                high("Hon är medlem i Kommunal.", "medlem i Kommunal"),
                high("Hon har facket med sig på mötet.", "har facket med sig"),
                high("Medarbetaren är inte fackligt ansluten.", "fackligt ansluten"),
                high("Han är medlem i Vision sedan 2010.", "medlem i Vision"),
                none("Vi hade MBL-förhandling med Kommunal i går.", "negotiation with the union as an organisation"),
                none("Skyddsombudet deltog på mötet.", "a function"),
                none("Hon är medlem i styrelsen.", "a board, not a union"),
                high("Hon är med i Vision och vill ha med sitt ombud.", "är med i Vision"),
                high("Petra vill ha med sin fackliga representant på samtalet.", "fackliga representant"),
                high("Facket (Kommunal) har varit med på två möten på hennes begäran.", "Facket (Kommunal)"),
                none("Hon är med i visionsarbetet för skolan.", "a vision statement, not the union"));
    }

    static Stream<Arguments> sexualLife() {
        return Stream.of(
                high("Hon kom ut som lesbisk förra året.", "kom ut som"),
                high("Eleven är transperson och vill byta namn.", "transperson"),
                high("Flickan har utsatts för sexuella övergrepp.", "sexuella övergrepp"),
                high("Han är homosexuell.", "homosexuell"),
                info("Undervisning om sexuell läggning ingår i läroplanen.", "a topic"),
                none("Vi deltar i Pride-evenemanget i juni.", "an event"),
                none("Hedemora kommun är hbtqi-certifierad.", "certification"),
                none("Hon har sex veckor kvar av praktiken.", "'sex' = six"),
                none("Han har hamnat i en negativ spiral.", "a figure of speech"));
    }

    static Stream<Arguments> geneticBiometric() {
        return Stream.of(
                high("Jag behöver skriva en begäran om DNA-analys i faderskapsutredningen för barnet Melvin.", "DNA-analys"),
                high("Hej Nadia, faderskapsutredningen för Oskar är klar.", "faderskapsutredningen"),
                high("Faderskapstest har beställts för barnet.", "Faderskapstest"),
                high("Han har Downs syndrom.", "Downs syndrom"),
                high("Hennes fingeravtryck finns i passregistret.", "fingeravtryck"),
                info("Projektet handlar om biometrisk inloggning för personalen.", "a project"),
                none("Klimatavtrycket minskar.", "climate footprint"),
                none("Tänk på ditt digitala fotavtryck.", "digital footprint"));
    }

    @ParameterizedTest(name = "[{index}] {1}: {0} ({3})")
    @MethodSource("health")
    void health(String text, Expect expect, String surface, String reason) {
        check(Category.HEALTH, "halsa", text, expect, surface);
    }

    @ParameterizedTest(name = "[{index}] {1}: {0} ({3})")
    @MethodSource("socialServices")
    void socialServices(String text, Expect expect, String surface, String reason) {
        check(Category.SOCIAL_SERVICES, "sociala-forhallanden", text, expect, surface);
    }

    @ParameterizedTest(name = "[{index}] {1}: {0} ({3})")
    @MethodSource("crime")
    void crime(String text, Expect expect, String surface, String reason) {
        check(Category.CRIMINAL_OFFENCE, "lagovertradelse", text, expect, surface);
    }

    @ParameterizedTest(name = "[{index}] {1}: {0} ({3})")
    @MethodSource("ethnicity")
    void ethnicity(String text, Expect expect, String surface, String reason) {
        check(Category.ETHNICITY, "etniskt-ursprung", text, expect, surface);
    }

    @ParameterizedTest(name = "[{index}] {1}: {0} ({3})")
    @MethodSource("political")
    void political(String text, Expect expect, String surface, String reason) {
        check(Category.POLITICAL_OPINION, "politisk-asikt", text, expect, surface);
    }

    @ParameterizedTest(name = "[{index}] {1}: {0} ({3})")
    @MethodSource("religion")
    void religion(String text, Expect expect, String surface, String reason) {
        check(Category.RELIGION, "religion", text, expect, surface);
    }

    @ParameterizedTest(name = "[{index}] {1}: {0} ({3})")
    @MethodSource("tradeUnion")
    void tradeUnion(String text, Expect expect, String surface, String reason) {
        check(Category.TRADE_UNION, "facklig-tillhorighet", text, expect, surface);
    }

    @ParameterizedTest(name = "[{index}] {1}: {0} ({3})")
    @MethodSource("sexualLife")
    void sexualLife(String text, Expect expect, String surface, String reason) {
        check(Category.SEXUAL_ORIENTATION, "sexualliv", text, expect, surface);
    }

    @ParameterizedTest(name = "[{index}] {1}: {0} ({3})")
    @MethodSource("geneticBiometric")
    void geneticBiometric(String text, Expect expect, String surface, String reason) {
        check(Category.GENETIC_BIOMETRIC, "genetik-biometri", text, expect, surface);
    }

    private static void check(Category category, String slug, String text, Expect expect, String surface) {
        List<Finding> findings = DETECTOR.detect(Normalizer.normalize(text), POLICY).stream()
                .filter(f -> f.category() == category).toList();
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.category()).isEqualTo(category);
            assertThat(POLICY.rule(f.ruleId())).isPresent();
            assertThat(f.evidence()).doesNotContain(text.substring(f.start(), f.end()));
        });
        List<Finding> high = findings.stream().filter(f -> f.ruleId().equals("R5-" + slug)).toList();
        List<Finding> general = findings.stream().filter(f -> f.ruleId().equals("R5-" + slug + "-allmant")).toList();
        switch (expect) {
            case HIGH -> {
                int at = text.indexOf(surface);
                assertThat(at).as("surface in text").isNotNegative();
                assertThat(high).as("a high finding over '%s'", surface)
                        .anySatisfy(f -> assertThat(f.start() < at + surface.length() && at < f.end()).isTrue());
            }
            case INFO -> {
                assertThat(high).as("no high finding").isEmpty();
                assertThat(general).as("an info finding").isNotEmpty();
            }
            case NONE -> assertThat(findings).as("nothing").isEmpty();
        }
    }
}
