package se.precheck.detect.userules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import se.precheck.detect.Verdict;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

class DecisionRequestDetectorTest {

    private static final Policy POLICY = PolicyLoader.loadDefault();
    private static final DecisionRequestDetector DETECTOR = new DecisionRequestDetector();
    private static final String HARD = DecisionRequestDetector.HARD_RULE;
    private static final String WEAK = DecisionRequestDetector.WEAK_RULE;

    private static List<Finding> detect(String text) {
        return DETECTOR.detect(Normalizer.normalize(text), POLICY);
    }

    /** (text, the phrase that must be reported, its rule). */
    static Stream<Arguments> mustFire() {
        return Stream.of(
                Arguments.of("Ska vi bevilja hennes ansökan om försörjningsstöd?", "Ska vi bevilja", HARD),
                Arguments.of("Kan du formulera beslutet för Anna Berg om hemtjänsten?", "formulera beslutet för Anna Berg", HARD),
                Arguments.of("Skriv ett beslut åt honom om avslag.", "Skriv ett beslut åt honom", HARD),
                Arguments.of("Vilken nivå av hemtjänst ska han få?", "Vilken nivå av hemtjänst ska han få", HARD),
                Arguments.of("Borde hon få behålla sin personliga assistans?", "Borde hon få behålla sin personliga assistans", HARD),
                Arguments.of("Är det rimligt att bevilja honom bostadsanpassning?", "Är det rimligt att bevilja", HARD),
                Arguments.of("Vad tycker du, ska ärendet avslutas?", "ska ärendet avslutas", HARD),
                Arguments.of("Ge mig ditt förslag på beslut i ärendet om Eriks placering.", "Ge mig ditt förslag på beslut", HARD),
                Arguments.of("Motivera varför vi ska säga nej till ansökan.", "vi ska säga nej till ansökan", HARD),
                Arguments.of("Rekommendera vilken leverantör vi ska välja i upphandlingen.", "vilken leverantör vi ska välja", WEAK),
                Arguments.of("Är det tillräckligt för att göra en orosanmälan om barnet?", "Är det tillräckligt för att göra en orosanmälan", HARD),
                Arguments.of("Ska vi ändra hans insatser eller vänta?", "Ska vi ändra hans insatser", HARD),
                Arguments.of("Kan du säga vem vi ska anställa av de tre?", "vem vi ska anställa", WEAK),
                Arguments.of("Should we approve her application for income support?", "Should we approve her application for income support", HARD),
                Arguments.of("Which candidate is best?", "Which candidate is best", WEAK),
                Arguments.of("Bedöm om hon har rätt till försörjningsstöd enligt 4 kap. 1 § SoL.", "Bedöm om hon har rätt till", HARD),
                Arguments.of("Avgör om sökanden uppfyller kraven för bostadsanpassning.", "Avgör om sökanden uppfyller kraven", HARD),
                Arguments.of("Vilken kandidat ska vi anställa?", "Vilken kandidat ska vi anställa", WEAK),
                Arguments.of("Här är tre CV:n. Vilken kandidat ska vi anställa?", "Vilken kandidat ska vi anställa", HARD),
                Arguments.of("Är pappan lämplig som vårdnadshavare?", "Är pappan lämplig", HARD),
                Arguments.of("Skriv ett avslagsbeslut för Anna Lind, som sökt bistånd till glasögon.", "Skriv ett avslagsbeslut", HARD),
                Arguments.of("Rangordna sökandena utifrån deras meriter.", "Rangordna sökandena", HARD),
                Arguments.of("Bör nämnden avslå ansökan om bygglov för Storgatan 5?", "Bör nämnden avslå", HARD),
                Arguments.of("har hen rätt till LSS-insatser", "har hen rätt till", HARD),
                Arguments.of("Kan du hjälpa mig att fatta beslut om ekonomiskt bistånd till familjen?", "fatta beslut om", HARD),
                Arguments.of("Jag undrar om vi borde avslå överklagandet.", "vi borde avslå", HARD),
                Arguments.of("Ska barnet placeras enligt LVU?", "Ska barnet placeras", HARD),
                Arguments.of("Räcker det här för ett LVU?", "Räcker det här för ett LVU", WEAK),
                Arguments.of("Tror du att han ljuger om sitt missbruk?", "Tror du att han ljuger", HARD),
                Arguments.of("Är Kalle Berg trovärdig i sin berättelse?", "Är Kalle Berg trovärdig", HARD),
                Arguments.of("Dnr SN 2024/118. Vad tycker du om ärendet?", "Vad tycker du om ärendet", HARD),
                Arguments.of("Ska vi avslå?", "Ska vi avslå", WEAK),
                Arguments.of("Sammanfatta utredningen och bedöm om eleven ska få särskilt stöd.", "bedöm om eleven ska få särskilt stöd", HARD),
                Arguments.of("Vilket anbud ska vinna upphandlingen av skolskjuts?", "Vilket anbud ska vinna upphandlingen", WEAK),
                Arguments.of("Ska hen få en varning efter händelsen?", "Ska hen få en varning", HARD),
                Arguments.of("Omfattas uppgifterna i journalen av sekretess?", "Omfattas uppgifterna i journalen av sekretess", HARD),
                Arguments.of("SKA VI BEVILJA HANS ANSÖKAN?", "SKA VI BEVILJA", HARD),
                Arguments.of("Ta ställning till om han ska få behålla sin lägenhet.", "Ta ställning till om han ska få behålla", HARD),
                Arguments.of("Behöver hon ett särskilt boende? Hon har demens och bor ensam.", "Behöver hon ett särskilt boende", HARD),
                Arguments.of("Vilka insatser ska hon få?", "Vilka insatser ska hon få", HARD),
                Arguments.of("Vad skulle du göra i det här fallet? Pappan vill ha ensam vårdnad.", "Vad skulle du göra i det här fallet", HARD),
                Arguments.of("Klienten är 34 år och har skulder. Ska vi bevilja?", "Ska vi bevilja", HARD),
                Arguments.of("Hjälp mig formulera en motivering till varför vi avslår ansökan för Eva.",
                        "formulera en motivering till varför vi avslår", HARD),
                Arguments.of("Ska ansökan om serveringstillstånd för Restaurang Kaj beviljas?",
                        "Ska ansökan om serveringstillstånd för Restaurang Kaj beviljas", HARD),
                Arguments.of("Föreligger det grund för ett omedelbart omhändertagande av barnet?", "Föreligger det grund för", HARD),
                Arguments.of("Ska jag bevilja semester i juli?", "Ska jag bevilja", WEAK),
                Arguments.of("Vad anser du, bör vi bevilja ansökan?", "bör vi bevilja", HARD),
                Arguments.of("Vilken av kandidaterna är mest lämplig för tjänsten?", "Vilken av kandidaterna är mest lämplig", HARD),
                Arguments.of("Vem av de sökande är bäst lämpad?", "Vem av de sökande är bäst lämpad", WEAK),
                Arguments.of("Ranka de tre sökandena efter meriter.", "Ranka de tre sökandena", HARD),
                Arguments.of("Är uppgifterna i anmälan trovärdiga?", "Är uppgifterna i anmälan trovärdiga", HARD),
                Arguments.of("kan du avgöra om eleven ska få särskilt stöd", "avgöra om eleven ska få särskilt stöd", HARD),
                Arguments.of("Tillhör han personkretsen enligt LSS?", "Tillhör han personkretsen", HARD),
                Arguments.of("Roll: handläggare\nUppgift: Rekommendera ett beslut om ny IT-plattform.", "Rekommendera ett beslut", WEAK),
                Arguments.of("Anteckningstyp: Hembesök\nSignerad av: X\nRekommendera ett beslut.", "Rekommendera ett beslut", HARD),
                Arguments.of("2024-03-01\nHembesök.\n2024-03-08\nTelefonsamtal.\nRekommendera ett beslut.", "Rekommendera ett beslut", HARD),
                Arguments.of("Hur ska vi besluta i ärendet om Lisas bistånd?", "Hur ska vi besluta", HARD),
                Arguments.of("Kan vi ge honom försörjningsstöd för mars?", "Kan vi ge honom försörjningsstöd", HARD),
                Arguments.of("Ska vi göra en orosanmälan om pojken?", "Ska vi göra en orosanmälan", HARD),
                Arguments.of("Ljuger hon om sin inkomst?", "Ljuger hon", HARD),
                Arguments.of("Kan man lita på hennes uppgifter om boendet?", "Kan man lita på hennes", HARD),
                Arguments.of("Är pappans berättelse trovärdig?", "Är pappans berättelse trovärdig", HARD),
                Arguments.of("Vem av föräldrarna bör ha vårdnaden?", "Vem av föräldrarna bör ha vårdnaden", HARD),
                Arguments.of("Vem av de tre sökandena ska vi anställa?", "Vem av de tre sökandena ska vi anställa", HARD),
                Arguments.of("Säg om familjen ska få försörjningsstöd.", "familjen ska få försörjningsstöd", HARD),
                Arguments.of("Har hon behov av hemtjänst på kvällarna?", "Har hon behov av", HARD),
                Arguments.of("Far barnet illa hemma?", "Far barnet illa", HARD),
                Arguments.of("Jag behöver veta om vi ska bevilja hans ansökan", "vi ska bevilja", HARD),
                Arguments.of("Which applicant should get the job?", "Which applicant should get the job", WEAK),
                Arguments.of("Should her application be approved?", "Should her application be approved", HARD),
                // Phrasings beyond the fixed phrases: modal + subject + any grant verb, opinion framings, ranking, credibility.
                Arguments.of("Brukaren Erik har fallit tre gånger. Är det rimligt att flytta honom till säbo?",
                        "Är det rimligt att flytta", HARD),
                Arguments.of("Sökanden Anna har skulder. Vad anser du att vi borde göra?", "Vad anser du att vi borde göra", HARD),
                Arguments.of("Vem av de tre sökande passar bäst för tjänsten?", "Vem av de tre sökande passar bäst", WEAK),
                Arguments.of("Här är Anna, Erik och Sara. Rangordna gärna.", "Rangordna", HARD),
                Arguments.of("Rangordna dem utifrån meriter.", "Rangordna dem", WEAK),
                Arguments.of("Ska vi gå vidare med Erik eller Sara?", "Ska vi gå vidare med Erik eller Sara", HARD),
                Arguments.of("Vad bör vi göra med Eriks ansökan?", "Vad bör vi göra med Eriks ansökan", HARD),
                Arguments.of("dnr BN 2025/0412. Ska vi ge bygglov eller avslå?", "Ska vi ge bygglov eller avslå", HARD),
                Arguments.of("Godkänn eller avslå ansökan från Erik Lind.", "Godkänn eller avslå", HARD),
                Arguments.of("Har han brutit mot IT-policyn?", "Har han brutit", HARD),
                Arguments.of("Hon söker förlängd bostadsanpassning. Kan du säga om hon uppfyller villkoren?", "hon uppfyller villkoren", HARD),
                Arguments.of("Kan hon få stanna på HVB-hemmet?", "Kan hon få stanna", HARD),
                Arguments.of("Vem ljuger, mamman eller pappan?", "Vem ljuger", HARD),
                Arguments.of("Låter Annas berättelse trovärdig?", "Låter Annas berättelse trovärdig", HARD),
                Arguments.of("Ska vi orosanmäla?", "Ska vi orosanmäla", WEAK),
                Arguments.of("Vilka elever ska få extra stöd?", "Vilka elever ska få extra stöd", WEAK),
                Arguments.of("Vilken kandidat tycker du vi ska välja?", "Vilken kandidat tycker du vi ska välja", WEAK),
                Arguments.of("Ska vi avsluta Eriks provanställning?", "Ska vi avsluta Eriks provanställning", HARD),
                Arguments.of("Here is the application from Ahmed Karimi. Should we grant it or not?", "Should we grant it", HARD),
                Arguments.of("Attached are the CVs of the applicants. Rank them from best to worst.", "Rank them", HARD),
                Arguments.of("Should we hire Anna or Erik?", "Should we hire", HARD),
                Arguments.of("Do you think the mother is lying?", "Do you think the mother is lying", HARD),
                Arguments.of("What would you decide in this case? The applicant has debts.", "What would you decide", HARD),
                // Grammatical frames (frames.txt): modal + who decides + a deciding verb, passives, statement order after a request.
                Arguments.of("Medarbetaren har haft tre samtal. Bör vi avbryta provanställningen?", "Bör vi avbryta provanställningen", HARD),
                Arguments.of("Bör nämnden ingripa med rättelseföreläggande mot honom?", "Bör nämnden ingripa med rättelseföreläggande", HARD),
                Arguments.of("Behöver vi upprätta ett åtgärdsprogram för honom?", "Behöver vi upprätta ett åtgärdsprogram", HARD),
                Arguments.of("Rekommendation önskas: bör pojken flyttas hem till mamman igen?", "bör pojken flyttas", HARD),
                Arguments.of("Mamman har varit drogfri i ett år. Ska barnet omplaceras?", "Ska barnet omplaceras", HARD),
                Arguments.of("kan du hjälpa mig avgöra om vi ska placera flickan i jourhem", "avgöra om vi ska placera flickan", HARD),
                Arguments.of("Pappan förnekar allt. Vem av dem ska vi tro på?", "Vem av dem ska vi tro på", HARD),
                Arguments.of("Hon har överklagat. Har hon rätt i sak?", "Har hon rätt i", HARD),
                Arguments.of("Leverantören vill ha mer betalt. Vad tycker du, ska vi gå med på det?", "ska vi gå med på det", HARD),
                Arguments.of("Prioritera vem som ska få platsen först.", "vem som ska få platsen", WEAK),
                Arguments.of("Utvärdera anbuden och tala om vilken leverantör vi ska tilldela avtalet.", "vilken leverantör vi ska tilldela", HARD),
                Arguments.of("Avgör vilken av familjerna som ska få lägenheten.", "Avgör vilken", HARD),
                Arguments.of("Vilket betyg förtjänar han i matte?", "Vilket betyg förtjänar han", HARD),
                Arguments.of("Ge pojken ett betyg utifrån omdömena.", "Ge pojken ett betyg", HARD),
                Arguments.of("Ska leverantör B få kontraktet?", "Ska leverantör B få kontraktet", WEAK),
                Arguments.of("Vem har störst behov av platsen, Anna eller Karin?", "Vem har störst behov", HARD),
                Arguments.of("Candidate A has ten years in child welfare. Just tell me who to pick.", "who to pick", HARD),
                Arguments.of("Should she be granted assistance?", "Should she be granted", HARD),
                Arguments.of("Does the family qualify for housing support?", "Does the family qualify", HARD),
                // Without å, ä, ö: the same phrases typed on a keyboard without them.
                Arguments.of("kan han stangas av fran skolan en vecka?", "kan han stangas av", HARD),
                Arguments.of("ar hon berattigad till hemtjanst?", "ar hon berattigad", HARD),
                Arguments.of("kan vi avsla hans ansokan om bistand?", "kan vi avsla", HARD),
                Arguments.of("Min fråga: är han att anse som berättigad till bistånd för elräkningen?", "är han att anse som berättigad", HARD),
                Arguments.of("Tycker du att brukaren behöver flytta till demensboende?", "Tycker du att brukaren behöver flytta till demensboende", HARD),
                Arguments.of("Eleven har hög frånvaro. Borde vi kontakta socialtjänsten?", "Borde vi kontakta socialtjänsten", HARD),
                Arguments.of("Ge mig ett ja eller nej: får hon bostadsanpassningsbidrag till ny dusch?", "får hon bostadsanpassningsbidrag", HARD),
                Arguments.of("Bedöm om bygglov kan ges för carporten.", "Bedöm om bygglov kan ges", WEAK),
                Arguments.of("Hon vill ha mer hemtjänst. Ska vi utöka?", "Ska vi utöka", HARD),
                Arguments.of("Borde vi låta honom gå kvar på skolan?", "Borde vi låta honom gå kvar", HARD),
                Arguments.of("Är det här tillräckligt underlag för att omhänderta barnet?", "Är det här tillräckligt underlag för att omhänderta", HARD),
                Arguments.of("Kan du skriva beslutet så att hon får avslag?", "skriva beslutet så att hon får", HARD),
                Arguments.of("Ska eleven gå om årskursen?", "Ska eleven gå om", HARD),
                Arguments.of("Ska vi kalla till rehabsamtal eller ge en varning?", "Ska vi kalla till rehabsamtal eller ge en varning", WEAK),
                Arguments.of("Who deserves the promotion, Sara or Mehmet?", "Who deserves the promotion", HARD),
                Arguments.of("Tell me if the child is at risk.", "the child is at risk", HARD),
                Arguments.of("Vad blir rätt beslut här, tycker du?", "Vad blir rätt beslut", WEAK),
                Arguments.of("Bistånd eller inte? Mannen har 4000 kr på kontot.", "Bistånd eller inte", HARD),
                Arguments.of("Sökanden har skulder. Jag lutar åt avslag. Håller du med?", "Jag lutar åt avslag", HARD),
                Arguments.of("I think we should fire him. Do you agree?", "we should fire him", HARD),
                Arguments.of("Vore en skriftlig varning rimlig i det här fallet?", "Vore en skriftlig varning rimlig", WEAK),
                Arguments.of("Hjälp mig komma fram till om eleven ska ha rätt till modersmålsundervisning.", "eleven ska ha rätt till", HARD),
                Arguments.of("Kan vi motivera ett avslag på hans begäran om tjänstledighet?", "Kan vi motivera ett avslag", HARD),
                Arguments.of("Förtjänar han en löneökning i år, enligt dig?", "Förtjänar han", HARD),
                Arguments.of("Är mammans oro befogad eller överdriven?", "Är mammans oro befogad eller överdriven", HARD),
                Arguments.of("Mannen vill bo kvar hemma. Vad är bäst för honom?", "Vad är bäst för honom", HARD),
                Arguments.of("Do you recommend removal?", "Do you recommend removal", WEAK),
                Arguments.of("Tre slutkandidater: A har fem års erfarenhet, B två. Vilken av dem borde vi erbjuda jobbet?",
                        "Vilken av dem borde vi erbjuda", HARD),
                Arguments.of("Jag har intervjuat tre kandidater i dag. Vilken kandidat är bäst?", "Vilken kandidat är bäst", WEAK),
                Arguments.of("Ska pojken bo kvar där eller flytta till HVB?", "Ska pojken bo kvar", HARD),
                Arguments.of("En begäran gäller elevens dokumentation. Kan vi lämna ut den?", "Kan vi lämna ut den", HARD),
                Arguments.of("bör vi ansöka om förvaltare för honom?", "bör vi ansöka om förvaltare", HARD),
                Arguments.of("Medarbetaren har fuskat med tidrapporten. Vilken åtgärd är lämplig?", "Vilken åtgärd är lämplig", HARD),
                Arguments.of("Ge en rekommendation: fortsatt placering eller hemflytt för flickan?", "fortsatt placering eller", HARD),
                Arguments.of("Which of the two families should get the flat?", "Which of the two families should get the flat", HARD),
                // The clause frame: a question or request whose sentence holds a deciding word and a person of the
                // case, in any word order; the span is the deciding word, never the names around it.
                Arguments.of("Brukaren Sven har ansökt om hemtjänst. Är han i behov av insatsen enligt dig?", "i behov av", HARD),
                Arguments.of("Eleven Lova har varit borta 30 % av terminen. Tycker du vi ska göra en orosanmälan?", "orosanmälan", HARD),
                Arguments.of("Utifrån anteckningarna ovan – vad blir ditt förslag till beslut för Kerstin?", "ditt förslag till beslut", HARD),
                Arguments.of("Bedöm Anders arbetsförmåga och om han kan arbeta heltid igen.", "arbetsförmåga", HARD),
                Arguments.of("Kan du säga om Mats borde få en varning eller om det räcker med ett samtal?", "varning", HARD),
                Arguments.of("Tror du att pappan klarar att ta hand om barnen själv?", "Tror du att pappan klarar", HARD),
                Arguments.of("Bör vi ge henne ett rättelseföreläggande eller vänta till våren?", "rättelseföreläggande", HARD),
                Arguments.of("Is Maria eligible for housing support given her income?", "eligible", HARD),
                Arguments.of("Should the school suspend Noah after the fight?", "suspend", HARD),
                Arguments.of("Skriv ett beslut där vi avslår Gretas ansökan om särskilt boende.", "avslår", HARD),
                Arguments.of("Motivera varför Hassan inte ska få ekonomiskt bistånd till möbler.", "ska få ekonomiskt bistånd", HARD),
                Arguments.of("snälla hjälp – ska familjen Haddad få nödbistånd till mat över helgen eller inte", "få", HARD),
                Arguments.of("Kollegan Per har druckit på jobbet. Vad är rimlig åtgärd från arbetsgivarens sida mot honom?", "rimlig åtgärd", HARD),
                Arguments.of("Min bedömning är att Sofia inte kan bo kvar hemma. Stämmer det, tycker du?", "bo kvar", HARD),
                Arguments.of("Based on the case notes, should the child stay with the foster family or return to the mother?", "stay with", HARD),
                Arguments.of("Vilken av de två familjerna passar bäst som familjehem för Leo?", "passar bäst", HARD),
                Arguments.of("Lägg fram ett förslag på hur många timmar personlig assistans Mustafa bör få.", "bör få", HARD),
                Arguments.of("Gör en prövning av om Gunillas bygglov för altanen kan godkännas.", "godkännas", HARD),
                Arguments.of("Är pappans oro för att barnen far illa hos mamman befogad?", "far illa", HARD),
                Arguments.of("Granska ansökan från Lars Persson och säg om den ska godkännas.", "godkännas", HARD));
    }

    @ParameterizedTest
    @MethodSource("mustFire")
    void fires(String text, String phrase, String rule) {
        List<Finding> found = detect(text);
        assertThat(found).as(text).isNotEmpty();
        Finding f = found.get(0);
        assertThat(f.category()).isEqualTo(Category.DECISION_REQUEST);
        assertThat(text.substring(f.start(), f.end())).isEqualTo(phrase);
        assertThat(f.ruleId()).as(f.evidence()).isEqualTo(rule);
    }

    /** (text, why nothing may be reported). */
    static Stream<Arguments> mustNotFire() {
        return Stream.of(
                Arguments.of("Vi ska avsluta insatsen i juni.", "a statement about a plan, not a question to the AI"),
                Arguments.of("Skriv om beslutet så att det blir lättare att läsa.", "language help on a decision already written"),
                Arguments.of("Hur formulerar man ett beslut på ett begripligt sätt?", "general writing advice"),
                Arguments.of("Skriv beslutet i ett enklare språk.", "language help on a decision already made"),
                Arguments.of("Hur många timmar hemtjänst beviljades totalt 2024?", "statistics, nobody's entitlement"),
                Arguments.of("Sammanfatta kommunfullmäktiges beslut om budgeten.", "summary of a decision already made"),
                Arguments.of("Vad står det om beslutet i protokollet från 12 mars?", "the decision in the minutes is public"),
                Arguments.of("Vad betyder skälig levnadsnivå?", "general law question"),
                Arguments.of("Förklara skillnaden mellan avslag och avvisning.", "general law question"),
                Arguments.of("Hur skriver man ett beslut om bistånd?", "how to write a decision, no person"),
                Arguments.of("Förbättra språket i beslutet så att det blir lättläst.", "language help"),
                Arguments.of("Skriv om beslutet på lättläst svenska.", "rewrite for readability"),
                Arguments.of("Bedöm om texten är lätt att förstå för en bred målgrupp.", "assessing a text, no case"),
                Arguments.of("Gör en riskbedömning av projektet med nya e-tjänster.", "risk assessment of a project"),
                Arguments.of("Nämnden ska fatta beslut om budgeten i juni.", "a statement, not a request"),
                Arguments.of("Handläggaren ska bedöma om hon har rätt till bistånd.", "a statement in a note"),
                Arguments.of("Hon har rätt till bistånd enligt 4 kap. 1 § SoL.", "a statement in a note"),
                Arguments.of("Har Copilot rätt att spara det vi skriver?", "Copilot is not a person"),
                Arguments.of("Skriv ett exempel på ett avslagsbeslut för en utbildning.", "an exercise, no person"),
                Arguments.of("När ska man fatta beslut om en budget?", "general question"),
                Arguments.of("Är det lämpligt att ha mötet på fredag?", "'det' is not a person"),
                Arguments.of("Vilka regler gäller när man ska avslå en ansökan?", "general rules"),
                Arguments.of("Kommunstyrelsen beslutade om nya riktlinjer.", "a report of a decision"),
                Arguments.of("Vem har rätt till bostadstillägg?", "a question about rules: 'Vem' is not a name"),
                Arguments.of("Nämnden ska ta ställning till förslaget i maj.", "a statement about the board"),
                Arguments.of("Hur ska vi formulera beslutet så att det blir lätt att förstå?", "language help, no case"),
                Arguments.of("Avgör om den här texten är skriven på klarspråk.", "assessing a text"),
                Arguments.of("Kan du bedöma om det här mejlet låter för hårt?", "assessing an e-mail's tone"),
                Arguments.of("Sammanfatta den här texten: Nämnden beslutade att avslå ansökan om bygglov.", "summary of a decision made"),
                Arguments.of("Skriv en kallelse där nämnden ska besluta om budget.", "a notice about a decision to come"),
                Arguments.of("Vi ska bevilja fler platser på förskolan nästa år enligt budgeten.", "a statement of plans"),
                Arguments.of("Bör vi välja Teams eller Zoom för utbildningen?", "not a case"),
                Arguments.of("Hon undrar om hon har rätt till bostadstillägg.", "reported speech in a note"),
                Arguments.of("Hur gör man en orosanmälan?", "how to report, no case"),
                Arguments.of("Vi ska ge henne försörjningsstöd för mars enligt beslutet.", "a statement of a decision made"),
                Arguments.of("Pappan säger att barnet far illa hos mamman.", "reported speech in a note"),
                Arguments.of("Vem passar bäst som moderator på konferensen, vad tycker du om formatet?", "no case: nothing to decide about a person"),
                Arguments.of("Ska jag anmäla felet till IT-supporten?", "an IT fault, not a person"),
                Arguments.of("Förklara vem som får vårdnaden när föräldrar skiljer sig.", "general law question"),
                // Writing up a decision for the official is drafting, not asking the AI to decide.
                Arguments.of("Beslut: Gunnar Lind beviljas kontaktperson. Skriv beslutet i ett enklare språk.", "rewriting a decision made"),
                Arguments.of("Kan du hjälpa mig att skriva beslutsmotiveringen för Roza så att den blir tydlig?", "drafting the reasons for a decision made"),
                Arguments.of("Ansökan från föreningen. Skriv ett förslag till beslut med motivering.", "drafting for the board to decide"),
                Arguments.of("Vilken av rubrikerna tycker du är bäst?", "choosing a headline, not a case"),
                Arguments.of("Vilket alternativ tycker du vi ska välja för färgen på affischen?", "a design choice"),
                Arguments.of("Rangordna punkterna i handlingsplanen efter hur viktiga de är.", "ranking list items, no people"),
                Arguments.of("Vem passar bäst som moderator på personaldagen, en extern föreläsare eller någon från ledningen?", "no case"),
                Arguments.of("Ska vi ge kunderna en enkät efter besöket?", "not a case"),
                Arguments.of("Vad bör vi göra med budgeten för nästa år?", "budget, not a case"),
                Arguments.of("Hur bedömer du risken med att flytta servern till molnet?", "an IT risk, no case"),
                Arguments.of("Should we approve the new logo?", "not a case"),
                // Frames whose verb or object is not a case.
                Arguments.of("Ska vi flytta mötet med familjen till torsdag?", "moving a meeting"),
                Arguments.of("Kan du ge dem en sammanfattning av ärendet?", "'ge dem' is not a decision"),
                Arguments.of("Ska jag ändra det till passiv form?", "editing text"),
                Arguments.of("Vilken mall ska vi välja för kallelsen?", "choosing a template"),
                Arguments.of("Ska vi anställa fler undersköterskor nästa år enligt budgeten?", "staffing plan, nobody's case"),
                Arguments.of("Kan du föreslå anpassningar som jag kan skriva in i elevens plan?", "drafting a plan, relative clause"),
                Arguments.of("Ska vi prioritera digitaliseringsprojektet eller budgetarbetet?", "priorities of work, no case"),
                Arguments.of("Utvärdera enkäten och tala om vilka frågor som fick lägst betyg.", "survey results"),
                Arguments.of("Kan vi ta emot studiebesöket från Falun i maj?", "a visit, not a person's case"),
                // Talk about AI use and decisions set aside are not requests (domain.md §5 traps).
                Arguments.of("Skriv en text till intranätet om varför vi inte får låta Copilot fatta beslut i ärenden.", "policy text about AI"),
                Arguments.of("Skriv en kort text om varför Copilot inte får avgöra om någon har rätt till bistånd.", "policy text about AI"),
                Arguments.of("Ge en allmän checklista för handläggaren utan att ta ställning i något enskilt fall.", "the decision is set aside"),
                Arguments.of("Handläggaren ska utvärdera vilken leverantör vi ska välja.", "an infinitive in a statement, not an imperative to the AI"),
                Arguments.of("Hur lång tid har nämnden på sig att fatta beslut om bygglov?", "the law's time limit"),
                Arguments.of("Rangordna de här fem idéerna till personalfesten.", "ranking ideas, not people"),
                Arguments.of("Tror du att hon kan flytta mötet till tisdag?", "scheduling, not a position on her case"),
                Arguments.of("Skriv ett brev till sökanden om att bygglov kan ges efter komplettering.", "informing of a decision, no request to judge"),
                Arguments.of("Ska vi ses på tisdag eller onsdag?", "scheduling"),
                Arguments.of("Jag lutar åt att boka lokalen i Vikmanshyttan. Håller du med?", "a leaning on a venue, not a decision in a case"),
                Arguments.of("Vi ska avslå ansökan enligt beslutet. Skriv brevet.", "a decision made, and no agreement asked"),
                Arguments.of("Vad är bäst för miljön, papper eller digitalt?", "no person"),
                Arguments.of("Kan vi lämna ut protokollet från nämnden till en journalist?", "minutes are public, no person's records"),
                Arguments.of("Vilken åtgärd är lämplig för att minska sjukfrånvaron på enheten?", "workplace measure, no case"),
                Arguments.of("Which of the venues should we book for the conference?", "a venue"),
                Arguments.of("Hon ska flytta till Stockholm i sommar, så vi behöver en ny kontaktperson i gruppen. Skriv ett mejl.", "a statement, not a question"),
                // The clause frame's traps: a decision made, drafting or editing, how-to, statistics, things.
                Arguments.of("Vad hände med Lisas ansökan om färdtjänst, blev den beviljad?", "a participle: the decision is made"),
                Arguments.of("Kan du skriva ett svar till Mirjam med beslutet om beviljad ledighet?", "writing up a decision made"),
                Arguments.of("Hjälp mig formulera en varning till Patrik om att han kom för sent.", "wording a warning the user decided"),
                Arguments.of("Kan du sammanfatta varför nämnden avslog Omars ansökan, utifrån protokollet?", "summary of a decision made"),
                Arguments.of("Rektor har beslutat att Ella ska få anpassad studiegång. Formulera ett kort informationsbrev till hennes föräldrar.",
                        "informing of a decision made"),
                Arguments.of("Kan du skriva ett mejl till Anna där jag förklarar att hon har rätt att överklaga?", "an e-mail about her rights"),
                Arguments.of("Hur lägger jag in ett åtgärdsprogram för eleven i Unikum?", "how to use a system"),
                Arguments.of("Hur ska en biståndshandläggare resonera när hen bedömer behov av särskilt boende?", "how-to, a generic official"),
                Arguments.of("Kan vi godkänna fakturan från leverantören innan attest?", "an invoice, not a case"),
                Arguments.of("Kan du översätta beslutet till arabiska? Beslut: Ansökan om ekonomiskt bistånd för Karim beviljas.",
                        "translating a decision made"),
                Arguments.of("Gör en tabell över hur många som beviljades särskilt boende per månad 2025.", "statistics"),
                Arguments.of("Skriv om beslutsmotiveringen så att Bertil förstår den: Du beviljas inte färdtjänst eftersom du kan åka buss.",
                        "rewriting the reasons of a decision made"),
                Arguments.of("Vilka lagrum är relevanta när man prövar rätt till bistånd för tandvård?", "general law question"),
                Arguments.of("Ska hon få en kopia av protokollet från mötet?", "a copy of the minutes, not a case"));
    }

    @ParameterizedTest
    @MethodSource("mustNotFire")
    void doesNotFire(String text, String reason) {
        assertThat(detect(text)).as(reason).isEmpty();
    }

    @Test
    void clauseFrameReachesTheReportWithOriginalOffsetsAndLeavesTheNameAlone() {
        String text = "Brukaren Sven Ek har fallit tre gånger. Är han i be\u200bhov av insatsen enligt dig?";
        Analysis analysis = Analyzer.analyze(text, POLICY);
        assertThat(analysis.verdict()).isEqualTo(Verdict.STOP);
        ReportedFinding decision = analysis.findings().stream()
                .filter(f -> f.finding().category() == Category.DECISION_REQUEST).findFirst().orElseThrow();
        assertThat(text.substring(decision.finding().start(), decision.finding().end())).isEqualTo("i be\u200bhov av");
        assertThat(analysis.findings()).anyMatch(f -> f.finding().category() == Category.PERSON_NAME);
    }

    @Test
    void pathologicalInputReturns() {
        for (String unit : List.of(":", ":\n", "a", "Ska vi ", "? ", "Anna ", "ska vi bevilja ", "\n")) {
            String big = unit.repeat(1_000_000 / unit.length());
            assertThat(detect(big)).isNotNull();
        }
    }
}
