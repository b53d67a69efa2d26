package se.precheck.detect.names;

import java.util.List;

/** Tuning aid: scores the TUNING part only (never the held-out part) and prints the errors. */
final class NameTuning {

    private NameTuning() {
    }

    public static void main(String[] args) throws Exception {
        List<NerCorpus.Sentence> tune = NerCorpus.read(NerCorpus.path()).stream().filter(s -> !s.heldOut()).toList();
        System.out.println("tune detector " + NerCorpus.score(tune, NameCorpusEvaluationTest::detectorTags));
        System.out.println("tune baseline " + NerCorpus.score(tune, NameCorpusEvaluationTest::baselineTags));
        boolean showFp = args.length > 0 && args[0].equals("fp");
        int shown = 0;
        for (NerCorpus.Sentence s : tune) {
            var want = NerCorpus.spans(s.person());
            var got = NerCorpus.spans(NameCorpusEvaluationTest.detectorTags(s));
            for (var span : showFp ? got : want) {
                if (!(showFp ? want : got).contains(span) && shown++ < 150) {
                    String t = s.text().substring(s.starts()[span.from()], s.ends()[span.to() - 1]);
                    int a = s.starts()[Math.max(0, span.from() - 3)];
                    int b = s.ends()[Math.min(s.ends().length - 1, span.to() + 1)];
                    System.out.println((showFp ? "FP " : "FN ") + t + "   | " + s.text().substring(a, b));
                }
            }
        }
    }
}
