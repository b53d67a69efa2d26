package se.precheck.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the detectors' word lists and phrase lists from the classpath: UTF-8, one entry per line,
 * '#' starts a comment (also after an entry), blank lines skipped. Each family shapes the entries
 * its own way (lower case, keys, patterns) on top of this.
 */
public final class LexiconFiles {

    private LexiconFiles() {
    }

    /** The entries of {@code resource} (e.g. {@code lexicon/contact/street-suffixes.txt}), trimmed, in file order. */
    public static List<String> lines(String resource) {
        try (InputStream in = LexiconFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + resource);
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) {
                    out.add(entry);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
