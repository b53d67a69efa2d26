package se.precheck.detect.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The Swedish NER corpus (klintan/swedish-ner-corpus, train split, CC BY 4.0; Andreas Klintberg,
 * text from Språkbanken's Webbnyheter 2012) read from {@code shared.dir}, never copied here.
 *
 * <p>The split was fixed before any result was seen: sentence number i (0-based, in file order)
 * with {@code i % 5 == 4} is held out and only measured; the rest may be used for tuning.
 */
final class NerCorpus {

    static final String FILE = "data/swedish-ner/train_corpus.txt";
    private static final Pattern LAST_WHITESPACE = Pattern.compile("\\s+(?=\\S+$)");

    /** One sentence: the tokens joined by single spaces, each token's offsets, and whether it is PER. */
    record Sentence(int index, String text, int[] starts, int[] ends, boolean[] person) {

        boolean heldOut() {
            return index % 5 == 4;
        }
    }

    /** A person span as a half-open range of token indexes. */
    record Span(int from, int to) {
    }

    record Score(int truePositives, int predicted, int gold) {

        double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d, predicted=%d, gold=%d)",
                    precision(), recall(), f1(), truePositives, predicted, gold);
        }
    }

    private NerCorpus() {
    }

    static Path path() {
        return Path.of(System.getProperty("shared.dir", "../shared"), FILE);
    }

    static List<Sentence> read(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<Boolean> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.isEmpty()) {
                addSentence(out, tokens, tags);
                continue;
            }
            String[] parts = LAST_WHITESPACE.split(t, 2);
            tokens.add(parts[0]);
            tags.add(parts.length == 2 && parts[1].equals("PER"));
        }
        addSentence(out, tokens, tags);
        return out;
    }

    private static void addSentence(List<Sentence> out, List<String> tokens, List<Boolean> tags) {
        if (tokens.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        boolean[] person = new boolean[tokens.size()];
        for (int k = 0; k < tokens.size(); k++) {
            if (k > 0) {
                text.append(' ');
            }
            starts[k] = text.length();
            text.append(tokens.get(k));
            ends[k] = text.length();
            person[k] = tags.get(k);
        }
        out.add(new Sentence(out.size(), text.toString(), starts, ends, person));
        tokens.clear();
        tags.clear();
    }

    /** Runs of PER tokens (the corpus uses the IO scheme, so adjacent persons merge, as in the gold). */
    static Set<Span> spans(boolean[] person) {
        Set<Span> out = new java.util.HashSet<>();
        int k = 0;
        while (k < person.length) {
            if (!person[k]) {
                k++;
                continue;
            }
            int from = k;
            while (k < person.length && person[k]) {
                k++;
            }
            out.add(new Span(from, k));
        }
        return out;
    }

    /** Marks every token that overlaps one of the character spans {@code [start, end)}. */
    static boolean[] tokensIn(Sentence s, List<int[]> charSpans) {
        boolean[] out = new boolean[s.starts().length];
        for (int[] span : charSpans) {
            for (int k = 0; k < out.length; k++) {
                if (s.starts()[k] < span[1] && span[0] < s.ends()[k]) {
                    out[k] = true;
                }
            }
        }
        return out;
    }

    /** Exact-span precision and recall of a tagger over the given sentences. */
    static Score score(List<Sentence> sentences, Function<Sentence, boolean[]> tagger) {
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        for (Sentence s : sentences) {
            Set<Span> want = spans(s.person());
            Set<Span> got = spans(tagger.apply(s));
            gold += want.size();
            predicted += got.size();
            for (Span span : got) {
                if (want.contains(span)) {
                    tp++;
                }
            }
        }
        return new Score(tp, predicted, gold);
    }
}
