package se.precheck.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.detect.Finding;
import se.precheck.detect.ReportedFinding;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

class RedactorTest {

    private static final Policy POLICY = PolicyLoader.loadDefault();

    /** Findings for every occurrence of each (value, rule) pair, in reading order, as the analyzer would give them. */
    static List<ReportedFinding> find(String text, String... valueAndRule) {
        List<ReportedFinding> out = new ArrayList<>();
        for (int k = 0; k < valueAndRule.length; k += 2) {
            var rule = POLICY.rule(valueAndRule[k + 1]).orElseThrow();
            for (int at = text.indexOf(valueAndRule[k]); at >= 0; at = text.indexOf(valueAndRule[k], at + 1)) {
                out.add(new ReportedFinding("?", new Finding(rule.category(), at, at + valueAndRule[k].length(), 0.9, rule.id(), "t"), rule, null));
            }
        }
        out.sort((a, b) -> Integer.compare(a.finding().start(), b.finding().start()));
        List<ReportedFinding> numbered = new ArrayList<>();
        for (ReportedFinding f : out) {
            numbered.add(new ReportedFinding("f" + (numbered.size() + 1), f.finding(), f.rule(), null));
        }
        return numbered;
    }

    static Stream<Arguments> operators() {
        return Stream.of(
                Arguments.of("replace", "pnr 850314-1234 ok", "850314-1234", "R4-personnummer", "pnr [PERSONNUMMER 1] ok"),
                Arguments.of("mask keeps the date", "pnr 850314-1234 ok", "850314-1234", "R4-personnummer", "pnr 850314-**** ok"),
                Arguments.of("mask 12 digits", "19850314-1234", "19850314-1234", "R4-personnummer", "19850314-****"),
                Arguments.of("mask card keeps last four", "kort 4111 1111 1111 1111", "4111 1111 1111 1111", "R4-betalkort", "kort **** **** **** 1111"),
                Arguments.of("mask e-mail keeps domain", "a.b@example.com", "a.b@example.com", "R4-epost", "***@example.com"),
                Arguments.of("pseudonym", "Hej Noah Lindberg!", "Noah Lindberg", "R4-namn", "Hej Person 1!"),
                Arguments.of("generalise date of birth", "född 2017-05-03 i", "2017-05-03", "R4-fodelsedatum", "född 2017 i"),
                Arguments.of("generalise short year", "f. 12/3 -85", "12/3 -85", "R4-fodelsedatum", "f. -85"),
                Arguments.of("generalise address to town", "bor på Storgatan 12, 776 30 Hedemora nu", "Storgatan 12, 776 30 Hedemora", "R4-adress", "bor på Hedemora nu"),
                Arguments.of("generalise without town falls back to label", "bor på Storgatan 12 nu", "Storgatan 12", "R4-adress", "bor på [ADRESS 1] nu"),
                Arguments.of("keep", "Hej Noah", "Noah", "R4-namn", "Hej Noah"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operators")
    void each_operator_gives_its_form(String operator, String text, String value, String rule, String expected) {
        String op = operator.split(" ")[0];
        Redaction r = Redactor.redact(text, find(text, value, rule), Map.of("f1", op), List.of());
        assertThat(r.text()).isEqualTo(expected);
    }

    @Test
    void defaults_come_from_the_policy_and_numbering_follows_reading_order() {
        String text = "Noah Lindberg och Sara Ek. Noah Lindberg har pnr 850314-1234.";
        Redaction r = Redactor.redact(text, find(text, "Noah Lindberg", "R4-namn", "Sara Ek", "R4-namn", "850314-1234", "R4-personnummer"),
                Map.of(), List.of());
        assertThat(r.text()).isEqualTo("Person 1 och Person 2. Person 1 har pnr [PERSONNUMMER 1].");
        assertThat(r.mapping()).containsExactly(
                new MappingEntry("Person 1", "Noah Lindberg", "PERSON_NAME"),
                new MappingEntry("Person 2", "Sara Ek", "PERSON_NAME"),
                new MappingEntry("[PERSONNUMMER 1]", "850314-1234", "PERSONNUMMER"));
    }

    @Test
    void the_clients_mapping_keeps_pseudonyms_stable_across_texts() {
        List<MappingEntry> known = List.of(new MappingEntry("Person 1", "Sara Ek", "PERSON_NAME"),
                new MappingEntry("Person 2", "Ali Hassan", "PERSON_NAME"));
        String text = "Noah Lindberg träffade sara ek.";
        Redaction r = Redactor.redact(text, find(text, "Noah Lindberg", "R4-namn", "sara ek", "R4-namn"), Map.of(), known);
        assertThat(r.text()).isEqualTo("Person 3 träffade Person 1.");
        assertThat(r.mapping()).hasSize(3).contains(new MappingEntry("Person 3", "Noah Lindberg", "PERSON_NAME"));
    }

    @Test
    void findings_redaction_cannot_fix_stay_whatever_the_choice() {
        String text = "HEMLIG: planen";
        Redaction r = Redactor.redact(text, find(text, "HEMLIG", "R5-sakerhetsskydd"), Map.of("f1", "replace"), List.of());
        assertThat(r.text()).isEqualTo(text);
    }

    @Test
    void an_unknown_operator_is_refused() {
        String text = "Hej Noah";
        assertThatThrownBy(() -> Redactor.redact(text, find(text, "Noah", "R4-namn"), Map.of("f1", "shred"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adjacent_findings_surrogates_and_invisible_characters_survive() {
        String text = "\uD83D\uDE00a@b.se\u200Bc@d.se\uD83D\uDE00";
        Redaction r = Redactor.redact(text, find(text, "a@b.se", "R4-epost", "c@d.se", "R4-epost"), Map.of(), List.of());
        assertThat(r.text()).isEqualTo("\uD83D\uDE00E-post 1\u200BE-post 2\uD83D\uDE00");
    }

    static Stream<Arguments> restores() {
        return Stream.of(
                Arguments.of("as written", "Person 1 ringde.", "Noah Lindberg ringde."),
                Arguments.of("genitive with colon", "Person 1:s mamma ringde.", "Noah Lindbergs mamma ringde."),
                Arguments.of("moved and lower case", "Mamman till person 1 ringde.", "Mamman till Noah Lindberg ringde."),
                Arguments.of("Person 12 is not Person 1", "Person 12 och Person 1.", "Tove Ås och Noah Lindberg."),
                Arguments.of("label", "Pnr: [PERSONNUMMER 1].", "Pnr: 850314-1234."),
                Arguments.of("genitive of an address", "Adress 1:s port", "Storgatan 12, 776 30 Hedemoras port"),
                Arguments.of("no extra s after s", "Person 2:s bil", "Lars bil"),
                Arguments.of("unrelated text untouched", "Personalen ringde.", "Personalen ringde."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("restores")
    void restore_puts_originals_back_also_when_copilot_inflected_them(String name, String answer, String expected) {
        List<MappingEntry> mapping = List.of(
                new MappingEntry("Person 1", "Noah Lindberg", "PERSON_NAME"),
                new MappingEntry("Person 12", "Tove Ås", "PERSON_NAME"),
                new MappingEntry("Person 2", "Lars", "PERSON_NAME"),
                new MappingEntry("Adress 1", "Storgatan 12, 776 30 Hedemora", "ADDRESS"),
                new MappingEntry("[PERSONNUMMER 1]", "850314-1234", "PERSONNUMMER"));
        assertThat(Redactor.restore(answer, mapping)).isEqualTo(expected);
    }

    @Test
    void restore_of_redact_gives_back_the_text() {
        String text = "Noah Lindberg (pnr 850314-1234) mejlade noah@example.com om Sara Ek.";
        Redaction r = Redactor.redact(text, find(text, "Noah Lindberg", "R4-namn", "850314-1234", "R4-personnummer",
                "noah@example.com", "R4-epost", "Sara Ek", "R4-namn"), Map.of(), List.of());
        assertThat(r.text()).doesNotContain("Noah").doesNotContain("850314").doesNotContain("Sara");
        assertThat(Redactor.restore(r.text(), r.mapping())).isEqualTo(text);
    }
}
