package se.precheck.redact;

import java.util.Locale;
import java.util.Optional;

/** What to do with one finding. */
public enum Operator {
    /** A numbered category label: {@code [PERSONNUMMER 1]}. Reversible. */
    REPLACE,
    /** A readable, numbered stand-in: {@code Person 1}. Reversible, consistent across texts. */
    PSEUDONYM,
    /** Keep the format, hide the digits: {@code 850314-****}. */
    MASK,
    /** Less precise: a year instead of a date, the town instead of the street address. */
    GENERALISE,
    /** The user confirms it is needed and harmless. */
    KEEP;

    public static Optional<Operator> parse(String name) {
        if (name == null) return Optional.empty();
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
