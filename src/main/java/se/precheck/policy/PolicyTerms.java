package se.precheck.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The policy's terms per category: {@code extraTerms} (the municipality's own words that are a
 * finding of a category) and {@code allowedTermsByCategory} (words that are not). Both are maps
 * from a category's stable name to a non-empty list of terms; a term is a word or a few words, and
 * a trailing {@code *} takes any ending (inflections, compounds). Problems name the file's line,
 * in Swedish and English.
 */
final class PolicyTerms {

    static final int MAX_TERM_LENGTH = 100;
    static final int MAX_TERMS_PER_CATEGORY = 500;
    /** Letters, digits and the few signs names and project titles use; the '*' only last. */
    private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .'’&/-]{0,98}[\\p{L}\\p{N}.]?\\*?");
    private static final String CATEGORIES = Arrays.stream(Category.values()).map(Enum::name).collect(Collectors.joining(", "));

    private PolicyTerms() {
    }

    /** Line numbers of the values in a YAML file, by JSON pointer (e.g. {@code /extraTerms/HEALTH/0}). */
    static Map<String, Integer> lines(byte[] yaml) {
        Map<String, Integer> out = new HashMap<>();
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                String pointer = p.getParsingContext().pathAsPointer().toString();
                out.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
                if (t == JsonToken.FIELD_NAME) {
                    out.putIfAbsent(pointer + "#key", p.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException | RuntimeException e) {
            // The file's own parse reports the error; without lines the problems are still named.
        }
        return out;
    }

    /**
     * Reads one of the two maps; absent or null gives an empty map.
     *
     * @param key "extraTerms" or "allowedTermsByCategory"
     */
    static Map<Category, List<String>> read(JsonNode node, String key, Map<String, Integer> lines, List<String> problems) {
        Map<Category, List<String>> out = new LinkedHashMap<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return out;
        }
        String base = "/" + key;
        if (!node.isObject()) {
            problems.add(at(lines, base, key + " ska ha en kategori per nyckel, t.ex. " + key + ": {HEALTH: [\"...\"]}",
                    key + " must map a category to a list of terms, e.g. " + key + ": {HEALTH: [\"...\"]}"));
            return out;
        }
        node.fields().forEachRemaining(e -> {
            String name = e.getKey();
            String where = base + "/" + name;
            Category category = category(name);
            if (category == null) {
                problems.add(at(lines, where + "#key", key + ": okänd kategori '" + name + "' (tillåtna: " + CATEGORIES + ")",
                        key + ": unknown category '" + name + "'"));
                return;
            }
            JsonNode list = e.getValue();
            if (list == null || !list.isArray() || list.isEmpty()) {
                problems.add(at(lines, where, key + "." + name + " ska vara en lista med minst ett ord, t.ex. [\"Projekt Falken\"]",
                        key + "." + name + " must be a list of at least one term"));
                return;
            }
            if (list.size() > MAX_TERMS_PER_CATEGORY) {
                problems.add(at(lines, where, key + "." + name + " har fler än " + MAX_TERMS_PER_CATEGORY + " ord",
                        key + "." + name + " has more than " + MAX_TERMS_PER_CATEGORY + " terms"));
                return;
            }
            Set<String> terms = new LinkedHashSet<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode item = list.get(i);
                String term = item.isTextual() || item.isNumber() ? item.asText().strip().replaceAll("\\s+", " ") : "";
                String itemAt = where + "/" + i;
                if (term.isEmpty()) {
                    problems.add(at(lines, itemAt, key + "." + name + ": tomt ord i listan", key + "." + name + ": empty term in the list"));
                } else if (term.length() > MAX_TERM_LENGTH || !TERM.matcher(term).matches() || term.contains(" *")) {
                    problems.add(at(lines, itemAt, key + "." + name + ": '" + shorten(term) + "' är inget ord eller uttryck "
                                    + "(bokstäver, siffror och mellanslag; * bara sist)",
                            key + "." + name + ": '" + shorten(term) + "' is not a term (letters, digits and spaces; * only at the end)"));
                } else if (term.endsWith("*") && term.replaceAll("[^\\p{L}\\p{N}]", "").length() < 3) {
                    problems.add(at(lines, itemAt, key + "." + name + ": '" + term + "' är för kort före * (minst tre bokstäver)",
                            key + "." + name + ": '" + term + "' is too short before * (at least three letters)"));
                } else {
                    terms.add(term);
                }
            }
            if (!terms.isEmpty()) {
                out.put(category, List.copyOf(terms));
            }
        });
        return out;
    }

    static Map<Category, Set<String>> asSets(Map<Category, List<String>> lists) {
        Map<Category, Set<String>> out = new LinkedHashMap<>();
        lists.forEach((c, terms) -> out.put(c, new LinkedHashSet<>(terms)));
        return out;
    }

    private static Category category(String name) {
        try {
            return Category.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String at(Map<String, Integer> lines, String pointer, String sv, String en) {
        Integer line = lines.get(pointer);
        if (line == null && pointer.endsWith("#key")) {
            line = lines.get(pointer.substring(0, pointer.length() - 4));
        }
        return line == null || line < 1 ? sv + " (" + en + ")" : "rad " + line + ": " + sv + " (line " + line + ": " + en + ")";
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }

}
