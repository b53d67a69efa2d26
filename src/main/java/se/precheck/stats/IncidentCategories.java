package se.precheck.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The kinds of incident (code → Swedish label), from {@code incident/categories.properties}, in file order. */
public final class IncidentCategories {

    private static final Map<String, String> ALL = load();

    private IncidentCategories() {
    }

    public static Map<String, String> all() {
        return ALL;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = IncidentCategories.class.getClassLoader().getResourceAsStream("incident/categories.properties")) {
            if (in == null) throw new IllegalStateException("incident/categories.properties saknas");
            // Properties forgets the order: read the keys in file order alongside.
            byte[] bytes = in.readAllBytes();
            Properties p = new Properties();
            p.load(new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
                int eq = line.indexOf('=');
                if (line.isBlank() || line.startsWith("#") || eq < 0) continue;
                String key = line.substring(0, eq).trim();
                out.put(key, p.getProperty(key));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }
}
