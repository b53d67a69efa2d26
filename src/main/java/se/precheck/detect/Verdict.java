package se.precheck.detect;

import java.util.Locale;

/** The answer to "may this text go to Copilot as it is?". */
public enum Verdict {
    /** Nothing above info level. */
    OK,
    /** Personal data of an ordinary kind: redact it or confirm that it is needed. */
    REVIEW,
    /** Must not go to Copilot as it is. */
    STOP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
