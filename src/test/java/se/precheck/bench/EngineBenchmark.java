package se.precheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import se.precheck.detect.Analysis;
import se.precheck.detect.Analyzer;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

/**
 * The engine on two kinds of input, against a plain java.util.regex scan for the same identifier
 * shapes as a machine-independent baseline. Run with {@code scripts/benchmark.sh}.
 * <ul>
 * <li>{@code municipal}: mixed, realistic Swedish municipal text (the evaluation corpus, markup
 * removed, repeated to the size asked for); very dense, about 9 000 findings per MB.</li>
 * <li>{@code news}: ordinary Swedish prose, the news text of the Swedish NER corpus (Webbnyheter
 * 2012, CC BY 4.0) under {@code shared.dir}, as an ordinary document would read.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineBenchmark {

    @Param({"1024", "10240", "102400", "1048576"})
    public int size;

    /** {@code municipal} (the evaluation corpus) or {@code news} (Swedish news prose). */
    @Param({"municipal", "news"})
    public String input;

    private String text;
    private Policy policy;

    /** The identifier shapes a plain regex scanner would look for: the baseline finds only these. */
    private static final List<Pattern> BASELINE = Stream.of(
            "\\b(?:\\d{2})?\\d{6}[-+ ]?\\d{4}\\b",                      // personnummer, samordningsnummer, orgnr
            "[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)+",                         // e-mail
            "(?:\\+46|0046|0)\\s?\\d{1,3}[- ]?\\d{2,3}[ ]?\\d{2}[ ]?\\d{2}", // phone
            "\\bSE\\d{2}(?: ?\\d{4}){5}\\b",                             // IBAN
            "\\b\\d{4}(?:[ -]?\\d{4}){3}\\b",                            // payment card
            "\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b",                          // IPv4
            "\\b[A-HJ-PR-UW-Z]{3} ?\\d{2}[A-HJ-NPR-UW-Z\\d]\\b"          // vehicle registration
    ).map(Pattern::compile).toList();

    @Setup
    public void setUp() {
        policy = PolicyLoader.loadDefault();
        text = text(input, size);
    }

    @Benchmark
    public Analysis engine() {
        return Analyzer.analyze(text, policy);
    }

    @Benchmark
    public int regexBaseline() {
        int found = 0;
        for (Pattern p : BASELINE) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found++;
            }
        }
        return found;
    }

    /** The input named {@code municipal} or {@code news}, exactly {@code size} characters long. */
    public static String text(String input, int size) {
        return switch (input) {
            case "municipal" -> corpusText(size);
            case "news" -> newsText(size);
            default -> throw new IllegalArgumentException("input is municipal or news, not " + input);
        };
    }

    /** The NER corpus under {@code shared.dir}: tokens one per line (word, tab, label), sentences separated by a blank line. */
    static final String NEWS_FILE = "data/swedish-ner/train_corpus.txt";
    /** Sentences per paragraph in the news text. */
    private static final int SENTENCES_PER_PARAGRAPH = 6;

    /**
     * The news sentences as running prose (punctuation attached to its word, a paragraph every few
     * sentences), repeated to exactly {@code size} characters.
     */
    public static String newsText(int size) {
        Path file = Path.of(System.getProperty("shared.dir", "../shared"), NEWS_FILE);
        StringBuilder all = new StringBuilder();
        try {
            int sentences = 0;
            boolean sentenceStart = true;
            boolean glue = false;
            for (String line : Files.readAllLines(file)) {
                int tab = line.lastIndexOf('\t');
                String token = (tab >= 0 ? line.substring(0, tab) : line).strip();
                if (token.isEmpty()) {
                    if (!sentenceStart) {
                        all.append(++sentences % SENTENCES_PER_PARAGRAPH == 0 ? "\n\n" : " ");
                    }
                    sentenceStart = true;
                    continue;
                }
                boolean closing = token.length() == 1 && ".,;:!?)".indexOf(token.charAt(0)) >= 0;
                if (!sentenceStart && !closing && !glue) {
                    all.append(' ');
                }
                all.append(token);
                glue = token.equals("(");
                sentenceStart = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("news text not found: set -Dshared.dir (now " + file.toAbsolutePath() + ")", e);
        }
        return repeated(all, size);
    }

    /** Corpus texts without their annotation markup, repeated to exactly {@code size} characters. */
    public static String corpusText(int size) {
        return repeated(unmarked(Path.of("src/test/resources/corpus")), size);
    }

    /** The texts of every corpus file under {@code root}, without annotation markup, a blank line between texts. */
    static String unmarked(Path root) {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    var node = se.precheck.web.Json.MAPPER.readTree(line);
                    if (node != null && node.hasNonNull("text")) {
                        all.append(node.get("text").asText().replaceAll("⟦[A-Z_]+:", "").replace("⟧", "")).append("\n\n");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (all.length() == 0) {
            throw new IllegalStateException("no corpus under " + root.toAbsolutePath());
        }
        return all.toString();
    }

    private static String repeated(CharSequence all, int size) {
        StringBuilder out = new StringBuilder(size);
        while (out.length() < size) {
            out.append(all, 0, Math.min(all.length(), size - out.length()));
        }
        return out.toString();
    }
}
