package se.precheck.detect.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AddressDetectorTest {

    private static final AddressDetector DETECTOR = new AddressDetector();

    static Stream<Arguments> rows() {
        return Stream.of(
                // must fire
                Arguments.of("Hon bor på Storgatan 12 sedan i våras.", List.of("Storgatan 12"), "street and number"),
                Arguments.of("Adress: Källvägen 3 B", List.of("Källvägen 3 B"), "entrance letter after a space"),
                Arguments.of("flyttade till Sveavägen 12A i maj", List.of("Sveavägen 12A"), "entrance letter joined"),
                Arguments.of("Vasagatan 4, lgh 1102", List.of("Vasagatan 4, lgh 1102"), "flat number"),
                Arguments.of("Storgatan 12, 776 30 Hedemora", List.of("Storgatan 12, 776 30 Hedemora"), "postal code and town"),
                Arguments.of("Hembesök på Stationsvägen 5 B hos familjen, nära biblioteket.", List.of("Stationsvägen 5 B"), "a home visit wins over a public building nearby"),
                Arguments.of("Vi ses i aulan, Skolgatan 8, klockan 18.", List.of(), "a public venue with its address"),
                Arguments.of("Storgatan 12\nSE-776 30 Hedemora", List.of("Storgatan 12\nSE-776 30 Hedemora"), "SE- postal code on the next line"),
                Arguments.of("c/o Andersson, Storgatan 12", List.of("c/o Andersson, Storgatan 12"), "care of"),
                Arguments.of("Box 123, 776 21 Hedemora", List.of("Box 123, 776 21 Hedemora"), "post box"),
                Arguments.of("Drottning Kristinas väg 5", List.of("Drottning Kristinas väg 5"), "separate street word"),
                Arguments.of("bor på Norra Esplanaden 7", List.of("Norra Esplanaden 7"), "direction word"),
                Arguments.of("Mötesplats: Stortorget 3-5", List.of("Stortorget 3-5"), "number range"),
                Arguments.of("bor på Tallbacken 4", List.of("Tallbacken 4"), "backen"),
                Arguments.of("adress storgatan 12", List.of("storgatan 12"), "lower case with context"),
                Arguments.of("Hötorgsplan 2, 111 57 Stockholm", List.of("Hötorgsplan 2, 111 57 Stockholm"), "weak ending with postal code"),
                Arguments.of("Adress: Östra Hagen 5, lgh 1203, 776 35 HEDEMORA.", List.of("Östra Hagen 5, lgh 1203, 776 35 HEDEMORA"), "any name with flat and postal code"),
                Arguments.of("Bor på Solhem 3, 776 91 Hedemora", List.of("Solhem 3, 776 91 Hedemora"), "farm name with postal code"),
                Arguments.of("Storgatan 12 B, 3 tr, 776 30 Hedemora", List.of("Storgatan 12 B, 3 tr, 776 30 Hedemora"), "floor before the postal code"),
                Arguments.of("Socialförvaltningen\nBox 101, 776 28 Hedemora", List.of("Box 101, 776 28 Hedemora"), "a line above is not the street"),
                // must not fire
                Arguments.of("Vi ses vid Storgatan i morgon.", List.of(), "street as a place, no number"),
                Arguments.of("Se Kapitel 12 i lagen.", List.of(), "chapter"),
                Arguments.of("Möte vecka 12", List.of(), "week"),
                Arguments.of("enligt paragraf 3", List.of(), "section"),
                Arguments.of("Ärende 12 på dagordningen", List.of(), "agenda item"),
                Arguments.of("lgh 1102", List.of(), "flat number alone"),
                Arguments.of("776 30 Hedemora", List.of(), "postal code alone"),
                Arguments.of("Detaljplan 12 antogs", List.of(), "a plan, not a street"),
                Arguments.of("Handlingsplan 2024 för skolan", List.of(), "a plan with a year"),
                Arguments.of("Förändringen 3 gäller från maj", List.of(), "noun ending like a weak street ending"),
                Arguments.of("Riksväg 70 är avstängd", List.of(), "road number"),
                Arguments.of("på vägen 3 gånger", List.of(), "the word vägen"),
                Arguments.of("Storgatan 12,5 procent", List.of(), "decimal"),
                Arguments.of("Ombyggnaden av Storgatan 2025 försenas", List.of(), "a year after a street"),
                Arguments.of("Mötet hålls i Stadshuset plan 3", List.of(), "a floor (plan is an excluded word)"),
                Arguments.of("Vi gick längs Drottninggatan 2 gånger", List.of(), "a count after a street"),
                Arguments.of("Besöksadress: Stora Torget 1, 776 30 Hedemora", List.of(), "the municipality's own office"),
                Arguments.of("Kommunhuset, Hantverkargatan 5", List.of(), "a public building's address"),
                Arguments.of("Receptionen på Sturegatan 10 har öppet 8-16", List.of(), "public premises"),
                Arguments.of("Mottagningen flyttar till Hantverkaregatan 3 från 1 februari.", List.of(), "a service's new premises"),
                Arguments.of("Biblioteket, Malmgatan 4, har öppet hus på lördag", List.of(), "a venue's address"),
                Arguments.of("Hon bor på Malmgatan 4 nära biblioteket", List.of("Malmgatan 4"), "a home near a venue stays an address"),
                Arguments.of("Marknad på Storgatan 12 maj", List.of(), "a date after a street"),
                Arguments.of("Medborgarkontoret flyttar till Hantverkargatan 10 i höst", List.of(), "an office moves"),
                // a word about a home wins over an office word
                Arguments.of("Hon bor på Storgatan 8, nära kommunhuset", List.of("Storgatan 8"), "a home near the town hall"),
                Arguments.of("Adress: Björkv. 17, 776 33 Hedemora", List.of("Björkv. 17, 776 33 Hedemora"), "an abbreviated street with a postal code"),
                Arguments.of("Hon bor på Storg. 5 B i Hedemora.", List.of("Storg. 5 B"), "an abbreviated street with an address word"),
                Arguments.of("Prov. 3 i matematik.", List.of(), "an abbreviation without an address word or a postal code"),
                Arguments.of("Avd. 2 har stängt.", List.of(), "a department, not a street"),
                Arguments.of("Förskolan Solbacken 2 avdelningar har stängt.", List.of(), "a count after the name"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("rows")
    void findsAddresses(String text, List<String> expected, String reason) {
        assertThat(Run.spans(DETECTOR, text)).as(reason).isEqualTo(expected);
    }
}
