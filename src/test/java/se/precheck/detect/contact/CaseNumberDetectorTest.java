package se.precheck.detect.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseNumberDetectorTest {

    private static final CaseNumberDetector DETECTOR = new CaseNumberDetector();

    static Stream<Arguments> rows() {
        return Stream.of(
                // must fire
                Arguments.of("Dnr KS 2018/124", List.of("KS 2018/124"), "Kramfors form"),
                Arguments.of("Dnr 2019/00136", List.of("2019/00136"), "zero-padded serial"),
                Arguments.of("Ärende KFKS 2015/393-007 gäller", List.of("KFKS 2015/393-007"), "classification code"),
                Arguments.of("SVN 2018/0038-2", List.of("SVN 2018/0038-2"), "document number"),
                Arguments.of("(SBN 2021/00099)", List.of("SBN 2021/00099"), "in parentheses"),
                Arguments.of("dnr: KS456-24 005", List.of("KS456-24 005"), "code-number-year form after a label"),
                Arguments.of("Vårt dnr BN 2024/12.3", List.of("BN 2024/12.3"), "dotted sub-number"),
                Arguments.of("Tingsrätten, mål B 1234-24", List.of("B 1234-24"), "criminal case"),
                Arguments.of("Mål nr 1234-24 i förvaltningsrätten", List.of("1234-24"), "administrative court"),
                Arguments.of("diariet: 2019/00136 (ärendet om bygglov)", List.of("2019/00136"), "bare number with case context"),
                Arguments.of("Kammarrätten 5678-23 avgjorde", List.of("5678-23"), "bare number after a court's name"),
                // must not fire
                Arguments.of("Läsåret 2024/25 börjar i augusti", List.of(), "school year"),
                Arguments.of("HT 2024/25", List.of(), "term with school year"),
                Arguments.of("budget 2024/2025", List.of(), "financial year"),
                Arguments.of("förordning (EU) 2016/679", List.of(), "EU regulation"),
                Arguments.of("EU 2016/679", List.of(), "EU regulation without parentheses"),
                Arguments.of("2019/00136", List.of(), "bare number without context"),
                Arguments.of("B 1234-24", List.of(), "court form without context"),
                Arguments.of("Målen för 2023-24 i skolan", List.of(), "goals for a school year"),
                Arguments.of("Datum 2024-05-03", List.of(), "date"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("rows")
    void findsCaseNumbers(String text, List<String> expected, String reason) {
        assertThat(Run.spans(DETECTOR, text)).as(reason).isEqualTo(expected);
    }
}
