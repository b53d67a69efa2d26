package se.precheck.detect.contact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Personnummer from Skatteverket's test list (never real people), read from the shared data folder. */
final class TestPersonnummer {

    private TestPersonnummer() {
    }

    /** The first 12-digit test number that starts with {@code prefix}, e.g. "2003". */
    static String first(String prefix) {
        Path file = Path.of(System.getProperty("shared.dir", "/work/shared"),
                "data", "testpersonnummer", "derived", "testpersonnummer-all-12digit.csv");
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(String::strip).filter(l -> l.startsWith(prefix) && l.matches("\\d{12}"))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same number in the 10-digit form with a dash: YYMMDD-NNNN. */
    static String tenDigits(String twelve) {
        return twelve.substring(2, 8) + "-" + twelve.substring(8);
    }
}
