package se.precheck.redact;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.precheck.policy.Category;

/** A less precise form of a value, where one exists: a year for a date, a town for an address. */
final class Generalisations {

    private static final Pattern FULL_YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");
    private static final Pattern SHORT_YEAR = Pattern.compile("(?:-|')(\\d{2})(?!\\d)\\s*$");
    private static final Pattern TOWN_AFTER_POSTCODE = Pattern.compile("\\d{3}\\s?\\d{2}\\s+(\\p{Lu}[\\p{L}-]{1,40}+(?:\\s\\p{Lu}[\\p{L}-]{1,40}+)?)\\s*$");

    private Generalisations() {
    }

    static Optional<String> generalise(Category category, String value) {
        return switch (category) {
            case DATE_OF_BIRTH -> year(value);
            case ADDRESS -> town(value);
            default -> Optional.empty();
        };
    }

    private static Optional<String> year(String date) {
        Matcher full = FULL_YEAR.matcher(date);
        if (full.find()) return Optional.of(full.group(1));
        Matcher shortYear = SHORT_YEAR.matcher(date);
        if (shortYear.find()) return Optional.of("-" + shortYear.group(1));
        return Optional.empty();
    }

    private static Optional<String> town(String address) {
        Matcher m = TOWN_AFTER_POSTCODE.matcher(address);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
