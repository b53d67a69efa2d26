package se.precheck.detect.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.detect.Normalizer;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

/**
 * PER spans on the held-out fifth of the Swedish NER corpus (see {@link NerCorpus}), against a
 * baseline: every capitalised word that is in one of the name lists is a name.
 */
class NameCorpusEvaluationTest {

    private static final Policy POLICY = PolicyLoader.loadDefault();
    private static final PersonNameDetector DETECTOR = new PersonNameDetector();

    @Test
    void detectorBeatsTheGazetteerBaselineOnHeldOutSentences() throws IOException {
        assumeTrue(Files.exists(NerCorpus.path()), "NER corpus not found under shared.dir");
        List<NerCorpus.Sentence> heldOut = NerCorpus.read(NerCorpus.path()).stream()
                .filter(NerCorpus.Sentence::heldOut).toList();

        NerCorpus.Score detector = NerCorpus.score(heldOut, NameCorpusEvaluationTest::detectorTags);
        NerCorpus.Score baseline = NerCorpus.score(heldOut, NameCorpusEvaluationTest::baselineTags);

        System.out.printf(Locale.ROOT, "PER held-out (%d sentences)%n  detector: %s%n  baseline: %s%n",
                heldOut.size(), detector, baseline);
        assertThat(heldOut).hasSize(1377);
        assertThat(detector.f1()).isGreaterThan(baseline.f1());
        assertThat(detector.f1()).isGreaterThanOrEqualTo(0.85);
    }

    static boolean[] detectorTags(NerCorpus.Sentence s) {
        List<int[]> spans = new ArrayList<>();
        NormalizedText normalized = Normalizer.normalize(s.text());
        for (Finding f : DETECTOR.detect(normalized, POLICY)) {
            if (f.confidence() >= POLICY.minConfidence()) {
                // The news text holds soft hyphens, which normalisation removes: map back to the tokens.
                spans.add(new int[] {normalized.originalStart(f.start()), normalized.originalEnd(f.end())});
            }
        }
        return NerCorpus.tokensIn(s, spans);
    }

    static boolean[] baselineTags(NerCorpus.Sentence s) {
        NameLexicon lexicon = NameLexicon.get();
        boolean[] out = new boolean[s.starts().length];
        for (int k = 0; k < out.length; k++) {
            String token = s.text().substring(s.starts()[k], s.ends()[k]);
            boolean capitalised = Character.isUpperCase(token.charAt(0));
            out[k] = capitalised && (lexicon.isFirstName(token) || lexicon.isInternationalFirstName(token) || lexicon.isSurname(token));
        }
        return out;
    }
}
