package se.precheck.detect.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.precheck.detect.NormalizedText;
import se.precheck.detect.Normalizer;

/** The digit runs the identity family shares: one scan per text, never another text's runs. */
class DigitRunsTest {

    @Test
    void sharedRunsAreThoseOfTheTextAsked() {
        NormalizedText one = Normalizer.normalize("pnr 850314-1234 och 12");
        NormalizedText two = Normalizer.normalize("ingen siffra här, sedan 7");

        assertThat(starts(DigitRuns.of(one))).containsExactly(4, 11, 20);
        assertThat(starts(DigitRuns.of(one))).containsExactly(4, 11, 20);
        assertThat(starts(DigitRuns.of(two))).containsExactly(24);
        assertThat(starts(DigitRuns.of(one))).containsExactly(4, 11, 20);
        assertThat(DigitRuns.of(one).text()).isEqualTo(one.text());
    }

    @Test
    void sharedRunsEqualAFreshScan() {
        NormalizedText text = Normalizer.normalize("070-174 06 05, 19850314-1234 och 000101-T220");
        DigitRuns shared = DigitRuns.of(text);
        DigitRuns fresh = DigitRuns.of(text.text());
        assertThat(starts(shared)).containsExactly(starts(fresh));
        for (int k = 0; k < fresh.size(); k++) {
            assertThat(shared.end(k)).isEqualTo(fresh.end(k));
        }
    }

    private static int[] starts(DigitRuns runs) {
        return runs.starts(1);
    }
}
