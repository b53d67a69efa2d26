package se.precheck.redact;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hands out numbered placeholders for one redaction, starting from the mapping the client already
 * holds: the same original always gets the same placeholder, and new ones continue the numbering.
 */
final class Placeholders {

    /** Readable stand-ins per category ("Person", "Adress"), from redact/pseudonyms.properties. */
    private static final Properties NOUNS = load();
    private static final Pattern NUMBERED = Pattern.compile("^(.*?) (\\d{1,9})\\]?$");

    private final List<MappingEntry> entries;
    private final Map<String, MappingEntry> byOriginal = new HashMap<>();
    private final Map<String, Integer> highest = new HashMap<>();

    Placeholders(List<MappingEntry> known) {
        entries = new ArrayList<>(known);
        known.forEach(this::remember);
    }

    /** {@code [LABEL n]} for a label such as PERSONNUMMER. */
    String label(String category, String label, String original) {
        return placeholder(category, "[" + label, original, "]");
    }

    /** {@code Noun n} for the category's noun, or the label form when the category has none. */
    String pseudonym(String category, String label, String original) {
        String noun = NOUNS.getProperty(category);
        return noun == null ? label(category, label, original) : placeholder(category, noun, original, "");
    }

    List<MappingEntry> entries() {
        return List.copyOf(entries);
    }

    private String placeholder(String category, String prefix, String original, String suffix) {
        MappingEntry existing = byOriginal.get(key(category, prefix, original));
        if (existing != null) {
            return existing.placeholder();
        }
        int n = highest.getOrDefault(prefix, 0) + 1;
        MappingEntry entry = new MappingEntry(prefix + " " + n + suffix, original, category);
        entries.add(entry);
        remember(entry);
        return entry.placeholder();
    }

    private void remember(MappingEntry e) {
        Matcher m = NUMBERED.matcher(e.placeholder());
        if (m.matches()) {
            String prefix = m.group(1);
            highest.merge(prefix, Integer.parseInt(m.group(2)), Math::max);
            byOriginal.putIfAbsent(key(e.category(), prefix, e.original()), e);
        }
    }

    /** Originals are compared without case and surrounding space: "Noah Lindberg" = "noah lindberg ". */
    private static String key(String category, String prefix, String original) {
        return category + "\u0000" + prefix + "\u0000" + original.strip().toLowerCase(Locale.ROOT);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Placeholders.class.getClassLoader().getResourceAsStream("redact/pseudonyms.properties")) {
            if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
