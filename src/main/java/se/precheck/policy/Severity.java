package se.precheck.policy;

import java.util.Locale;

/** How much a finding weighs in the verdict. Ordered from least to most severe. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH;

    /** The name used in the check contract: lower case. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
