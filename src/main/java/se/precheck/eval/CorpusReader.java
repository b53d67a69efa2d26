package se.precheck.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.precheck.detect.Verdict;
import se.precheck.policy.Category;
import se.precheck.web.Json;

/**
 * Reads every {@code *.jsonl} under a folder, in a stable order. A record carries either inline
 * markup in {@code text}, or a plain {@code text} with {@code annotations: [{category,start,end}]}
 * in UTF-16 offsets. The split is the folder {@code tune} or {@code heldout} a file lies under;
 * any other folder is a split of its own name.
 */
public final class CorpusReader {

    public static final String TUNE = "tune";
    public static final String HELDOUT = "heldout";

    private CorpusReader() {
    }

    /** @throws CorpusException when a file cannot be read or a line is not a valid record */
    public static List<CorpusRecord> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CorpusException(dir + ": not a folder");
        }
        List<CorpusRecord> records = new ArrayList<>();
        for (Path file : jsonlFiles(dir)) {
            records.addAll(readFile(file, split(dir, file)));
        }
        return records;
    }

    private static List<Path> jsonlFiles(Path dir) {
        try (Stream<Path> paths = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new CorpusException(dir + ": cannot list files (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    static String split(Path dir, Path file) {
        Path folder = dir.relativize(file).getParent();
        if (folder == null) {
            return String.valueOf(dir.toAbsolutePath().normalize().getFileName());
        }
        for (Path part : folder) {
            String name = part.toString();
            if (name.equals(TUNE) || name.equals(HELDOUT)) {
                return name;
            }
        }
        return folder.toString().replace('\\', '/');
    }

    static List<CorpusRecord> readFile(Path file, String split) {
        List<CorpusRecord> records = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String source = file + ":" + lineNumber;
                try {
                    records.add(parseLine(line, split, source));
                } catch (CorpusException e) {
                    throw new CorpusException(source + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CorpusException(file + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
        }
        return records;
    }

    static CorpusRecord parseLine(String line, String split, String source) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JacksonException e) {
            throw new CorpusException("not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new CorpusException("not a JSON object");
        }
        String id = requiredText(node, "id");
        String domain = requiredText(node, "domain");
        Verdict verdict = verdict(requiredText(node, "verdict"));
        Markup.Parsed parsed = Markup.parse(requiredText(node, "text"));
        List<Span> gold = new ArrayList<>(parsed.spans());
        gold.addAll(annotations(node.get("annotations"), parsed.text().length()));
        return new CorpusRecord(id, domain, split, verdict, parsed.text(), gold, source);
    }

    private static List<Span> annotations(JsonNode list, int textLength) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new CorpusException("\"annotations\" must be a list");
        }
        List<Span> spans = new ArrayList<>();
        for (JsonNode a : list) {
            Category category = Markup.category(requiredText(a, "category"));
            int start = requiredInt(a, "start");
            int end = requiredInt(a, "end");
            if (start < 0 || end <= start || end > textLength) {
                throw new CorpusException("annotation " + start + ".." + end + " outside the text (length " + textLength + ")");
            }
            spans.add(new Span(category, start, end));
        }
        return spans;
    }

    private static String requiredText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new CorpusException("field \"" + field + "\" missing or not a string");
        }
        return value.asText();
    }

    private static int requiredInt(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new CorpusException("field \"" + field + "\" missing or not an integer");
        }
        return value.asInt();
    }

    private static Verdict verdict(String name) {
        try {
            return Verdict.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CorpusException("unknown verdict \"" + name + "\" (ok, review or stop)");
        }
    }
}
