package se.precheck.detect.marking;

import static se.precheck.detect.marking.Rows.fires;
import static se.precheck.detect.marking.Rows.none;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Security classes under säkerhetsskyddslagen and NATO/EU markings (domain.md §2.4). */
class SecurityClassificationDetectorTest {

    private static final String HIGH = SecurityClassificationDetector.RULE;
    private static final String INFO = SecurityClassificationDetector.RULE_GENERAL;
    private static final SecurityClassificationDetector DETECTOR = new SecurityClassificationDetector();

    static Stream<Rows> table() {
        return Stream.of(
                fires("The document is marked RESTRICTED by the county.", HIGH, "RESTRICTED"),
                fires("Bilagan är märkt HEMLIG och ska inte kopieras.", HIGH, "HEMLIG"),
                none("Lagen delar in säkerhetsskyddsklassificerade uppgifter i fyra klasser.", HIGH, "kinds of information, not this text"),
                fires("HEMLIG\nLägesbild krisledning vecka 12", HIGH, "HEMLIG"),
                fires("HEMLIG enligt 15 kap. 2 § OSL", HIGH, "HEMLIG"),
                // the scale as a topic: several levels in one sentence, or a class named as a term and explained
                fires("Utbildning: Nivåerna är KONFIDENTIELL, HEMLIG och KVALIFICERAT HEMLIG.", INFO, "KONFIDENTIELL"),
                none("Utbildning: Nivåerna är KONFIDENTIELL, HEMLIG och KVALIFICERAT HEMLIG.", HIGH, "an enumeration of the levels"),
                none("Säkerhetsskyddslagen delar in uppgifter i BEGRÄNSAT HEMLIG, KONFIDENTIELL, HEMLIG och KVALIFICERAT HEMLIG.", HIGH,
                        "the act's levels listed"),
                none("The NATO RESTRICTED marking is used on shared documents. Explain what it means.", HIGH, "the marking explained"),
                fires("Handlingen är märkt HEMLIG/SECRET och förvaras i kassaskåpet.", HIGH, "HEMLIG"),
                fires("KONFIDENTIELL / CONFIDENTIAL\nBeredskapsplan vatten", HIGH, "KONFIDENTIELL"),
                fires("Handlingen är KONFIDENTIELL enligt säkerhetsskyddslagen.", HIGH, "KONFIDENTIELL"),
                fires("KVALIFICERAT HEMLIG", HIGH, "KVALIFICERAT HEMLIG"),
                fires("BEGRÄNSAT HEMLIG – Reservvattenplan", HIGH, "BEGRÄNSAT HEMLIG"),
                fires("KONFIDENTIELL/CONFIDENTIAL", HIGH, "KONFIDENTIELL"),
                fires("KONFIDENTIELL/CONFIDENTIAL", HIGH, "CONFIDENTIAL"),
                fires("HEMLIG/SECRET", HIGH, "SECRET"),
                fires("TOP SECRET", HIGH, "TOP SECRET"),
                fires("Marking: RESTRICTED", HIGH, "RESTRICTED"),
                fires("Bilagan är märkt NATO RESTRICTED.", HIGH, "NATO RESTRICTED"),
                fires("Dokumentet är Nato Confidential och får inte spridas.", HIGH, "Nato Confidential"),
                fires("RESTREINT UE/EU RESTRICTED", HIGH, "RESTREINT UE/EU RESTRICTED"),
                fires("Säkerhetsskyddsklass: Begränsat hemlig", HIGH, "Begränsat hemlig"),
                fires("Uppgiften är klassificerad som hemlig.", HIGH, "hemlig"),
                fires("Hemlig enligt 18 kap. 8 § OSL", HIGH, "Hemlig"),
                fires("Hemlig\nSärskild händelse, vattenverket", HIGH, "Hemlig"),
                fires("Handlingen är säkerhetsskyddsklassificerad.", HIGH, "säkerhetsskyddsklassificerad"),
                fires("Rutin för hantering av säkerhetsskyddsklassificerade uppgifter i kommunen.", INFO, "säkerhetsskyddsklassificerade"),
                fires("Ett foto av en HEMLIG handling", HIGH, "HEMLIG"),
                none("Mormors hemliga sås har en hemlig ingrediens.", HIGH, "lower-case adjective in a recipe"),
                none("Hemligt recept på kanelbullar", HIGH, "'Hemligt' is not a class name"),
                none("Det här är konfidentiellt mellan oss.", HIGH, "lower case in running text never fires"),
                none("Vi har en hemlig plan för personalfesten.", HIGH, "lower case in running text"),
                none("Konfidentiell information ska hanteras varsamt enligt rutinen.", HIGH, "title case at the start of a sentence, no legal context"),
                none("client_secret=abc", HIGH, "part of a config key, not a marking"),
                none("SECRET_KEY=xyz", HIGH, "a config key"),
                none("{\"SECRET\": \"abc\"}", HIGH, "a JSON key"),
                fires("Handlingen var märkt \"HEMLIG\".", HIGH, "HEMLIG"),
                none("The secret to good soup is time.", HIGH, "English lower case"),
                none("KONFIDENTIELLT – Löneöversyn 2025", HIGH, "the neuter stamp is a secrecy marking, see SecrecyMarkingDetector"),
                none("[CONFIDENTIAL] Board minutes", HIGH, "a plain CONFIDENTIAL stamp without class context is a secrecy stamp"),
                none("VIKTIGT ATT ALLA LÄSER DETTA OCH HÅLLER DET HEMLIGT FÖR BARNEN TILL FESTEN", HIGH, "a shouted line; HEMLIGT is not a class name"),
                none("DET HÄR ÄR EN HEMLIG OVERRASKNING FÖR HELA AVDELNINGEN PÅ FREDAG", HIGH, "a whole line in capitals"),
                none("NATO UNCLASSIFIED", HIGH, "unclassified is no class"),
                none("ACCESS RESTRICTED TO STAFF", HIGH, "English capitals on a sign, no class context"),
                none("Projektet är delfinansierat av EU. SECRET sauce!", HIGH, "English capitals in prose"),
                fires("SECRET\nOperational plan", HIGH, "SECRET"),
                none("HEMLIG VÄN – lottning på fredag", HIGH, "the office secret-friend game"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void table(Rows row) {
        row.check(DETECTOR);
    }
}
