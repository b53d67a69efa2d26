package se.precheck.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.precheck.detect.Analysis;
import se.precheck.detect.Analyzer;
import se.precheck.detect.Verdict;
import se.precheck.policy.Policy;
import se.precheck.web.Json;

/**
 * The engine run over a corpus and scored per split ({@code tune} first, then {@code heldout},
 * then any other split by name). Renders as a console table or as JSON; only the console table
 * quotes the text of a miss, the JSON carries offsets only.
 */
public final class EvaluationReport {

    private static final List<String> SPLIT_ORDER = List.of(CorpusReader.TUNE, CorpusReader.HELDOUT);

    private final List<Scores> splits;
    private final Map<String, CorpusRecord> recordsById;

    private EvaluationReport(List<Scores> splits, Map<String, CorpusRecord> recordsById) {
        this.splits = List.copyOf(splits);
        this.recordsById = recordsById;
    }

    public static EvaluationReport evaluate(List<CorpusRecord> records, Policy policy) {
        Map<String, List<TextOutcome>> bySplit = new LinkedHashMap<>();
        for (CorpusRecord record : records) {
            Analysis analysis = Analyzer.analyze(record.text(), policy);
            bySplit.computeIfAbsent(record.split(), s -> new ArrayList<>())
                    .add(new TextOutcome(record, Scorer.predictions(analysis), analysis.verdict()));
        }
        List<Scores> splits = bySplit.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(splitOrder()))
                .map(e -> Scorer.score(e.getKey(), e.getValue()))
                .toList();
        Map<String, CorpusRecord> byId = records.stream()
                .collect(Collectors.toMap(CorpusRecord::id, Function.identity(), (a, b) -> a));
        return new EvaluationReport(splits, byId);
    }

    private static Comparator<String> splitOrder() {
        return Comparator.comparingInt((String s) -> SPLIT_ORDER.contains(s) ? SPLIT_ORDER.indexOf(s) : SPLIT_ORDER.size())
                .thenComparing(Comparator.naturalOrder());
    }

    public List<Scores> splits() {
        return splits;
    }

    // ---- console ----

    public String table(boolean withMisses) {
        StringBuilder out = new StringBuilder();
        for (Scores s : splits) {
            out.append(String.format(Locale.ROOT, "== %s: %d texts ==%n", s.split(), s.texts()));
            out.append(String.format(Locale.ROOT, "%-26s %5s %5s %5s %5s %5s %7s %7s %7s%n",
                    "category", "gold", "pred", "tp", "fp", "fn", "P", "R", "F2"));
            s.categories().forEach(c -> appendRow(out, c.category().name(), c));
            appendRow(out, "ALL (micro)", s.overall());
            VerdictConfusion v = s.verdicts();
            out.append(String.format(Locale.ROOT, "verdict accuracy %s (%d/%d); stop on ok texts: %d%n",
                    number(v.accuracy()), v.correct(), v.total(), v.stopOnOk()));
            out.append(String.format(Locale.ROOT, "%-14s", "gold \\ pred"));
            for (Verdict p : Verdict.values()) {
                out.append(String.format(Locale.ROOT, " %7s", p.wireName()));
            }
            out.append(System.lineSeparator());
            for (Verdict g : Verdict.values()) {
                out.append(String.format(Locale.ROOT, "%-14s", g.wireName()));
                for (Verdict p : Verdict.values()) {
                    out.append(String.format(Locale.ROOT, " %7d", v.count(g, p)));
                }
                out.append(System.lineSeparator());
            }
            if (withMisses) {
                out.append(String.format(Locale.ROOT, "misses (%d):%n", s.misses().size()));
                s.misses().forEach(m -> out.append(String.format(Locale.ROOT, "  %-14s %-3s %-24s %5d..%-5d %s%n",
                        m.id(), m.kind() == Miss.Kind.FALSE_NEGATIVE ? "FN" : "FP", m.span().category(),
                        m.span().start(), m.span().end(), quoted(m))));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, String name, CategoryScore c) {
        out.append(String.format(Locale.ROOT, "%-26s %5d %5d %5d %5d %5d %7s %7s %7s%n", name, c.gold(), c.predicted(),
                c.truePositives(), c.falsePositives(), c.falseNegatives(),
                number(c.precision()), number(c.recall()), number(c.f2())));
    }

    private String quoted(Miss m) {
        CorpusRecord record = recordsById.get(m.id());
        String surface = record == null ? "" : record.surface(m.span());
        return "«" + surface.replace("\n", "⏎") + "»";
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    // ---- JSON ----

    public ObjectNode json(boolean withMisses) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode splitsNode = root.putArray("splits");
        for (Scores s : splits) {
            ObjectNode node = splitsNode.addObject();
            node.put("split", s.split());
            node.put("texts", s.texts());
            ArrayNode categories = node.putArray("categories");
            s.categories().forEach(c -> categoryJson(categories.addObject().put("category", c.category().name()), c));
            categoryJson(node.putObject("overall"), s.overall());
            node.set("verdicts", verdictJson(s.verdicts()));
            if (withMisses) {
                ArrayNode misses = node.putArray("misses");
                s.misses().forEach(m -> misses.addObject()
                        .put("id", m.id())
                        .put("kind", m.kind() == Miss.Kind.FALSE_NEGATIVE ? "fn" : "fp")
                        .put("category", m.span().category().name())
                        .put("start", m.span().start())
                        .put("end", m.span().end()));
            }
        }
        return root;
    }

    private static void categoryJson(ObjectNode node, CategoryScore c) {
        node.put("gold", c.gold()).put("predicted", c.predicted())
                .put("tp", c.truePositives()).put("fp", c.falsePositives()).put("fn", c.falseNegatives());
        putMeasure(node, "precision", c.precision());
        putMeasure(node, "recall", c.recall());
        putMeasure(node, "f2", c.f2());
    }

    private static ObjectNode verdictJson(VerdictConfusion v) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        putMeasure(node, "accuracy", v.accuracy());
        node.put("correct", v.correct()).put("total", v.total()).put("stopOnOk", v.stopOnOk());
        ObjectNode matrix = node.putObject("confusion");
        for (Verdict g : Verdict.values()) {
            ObjectNode row = matrix.putObject(g.wireName());
            for (Verdict p : Verdict.values()) {
                row.put(p.wireName(), v.count(g, p));
            }
        }
        return node;
    }

    private static void putMeasure(ObjectNode node, String name, double value) {
        if (Double.isNaN(value)) {
            node.putNull(name);
        } else {
            node.put(name, Math.round(value * 10000) / 10000.0);
        }
    }
}
