package se.precheck.detect.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Skatteverket's test personnummer and test samordningsnummer (open data, CC0; reserved for
 * testing, never assigned to people), read from the shared data folder
 * ({@code -Dshared.dir}, see /work/shared/data/testpersonnummer/SOURCE.md). Never copied into
 * the project.
 */
final class TestNumbers {

    private static final Path DIR = Path.of(System.getProperty("shared.dir", "../shared"), "data", "testpersonnummer");

    private TestNumbers() {
    }

    /** The derived union of all published personnummer lists, 12 digits. */
    static List<String> personnummer() {
        return read(DIR.resolve("derived/testpersonnummer-all-12digit.csv"), 42_000);
    }

    static List<String> samordningsnummer() {
        return read(DIR.resolve("derived/testsamordningsnummer-1914-2023-12digit.csv"), 2_240);
    }

    /** Skatteverket's 19 CSV files as published (CRLF, a header, an empty line, a duplicate). */
    static List<String> skatteverketCsv() {
        Set<String> all = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(DIR.resolve("skatteverket-csv"))) {
            for (Path f : files.sorted().toList()) {
                all.addAll(read(f, 100));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (all.size() != 41_127) {
            throw new IllegalStateException("expected 41,127 unique numbers in skatteverket-csv, got " + all.size());
        }
        return List.copyOf(all);
    }

    private static List<String> read(Path file, int atLeast) {
        try {
            List<String> numbers = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(l -> l.matches("\\d{12}"))
                    .distinct()
                    .toList();
            if (numbers.size() < atLeast) {
                // a truncated or missing file must not pass quietly
                throw new IllegalStateException(file + " holds only " + numbers.size() + " numbers");
            }
            return numbers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
