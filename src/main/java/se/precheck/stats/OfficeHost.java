package se.precheck.stats;

import java.util.Locale;

/** Where a check came from. */
public enum OfficeHost {
    WORD, OUTLOOK, BROWSER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "word", "outlook", "browser"; anything else counts as browser. */
    public static OfficeHost of(String wireName) {
        for (OfficeHost h : values()) {
            if (h.wireName().equals(wireName)) return h;
        }
        return BROWSER;
    }
}
