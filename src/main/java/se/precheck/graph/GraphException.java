package se.precheck.graph;

import java.time.Duration;

/** A Graph call that did not succeed, as a reason the rest of the service can act on; never the SDK's error. */
public final class GraphException extends Exception {

    public enum Reason {
        /** Graph or the identity platform did not answer, or asked us to wait (429/503): try again later, keep working without it. */
        UNAVAILABLE,
        /** The user or an admin has not consented to the permission. */
        CONSENT_REQUIRED,
        /** Graph answered with an error. */
        FAILED
    }

    private final Reason reason;
    private final Duration retryAfter;

    public GraphException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    /** @param retryAfter how long Graph or the identity platform asked us to wait (its Retry-After), or null */
    public GraphException(Reason reason, String detail, Duration retryAfter) {
        super(detail, null, false, false);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    /** The server's Retry-After, or null when it gave none. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /**
     * A Retry-After header's value: seconds ({@code 120}) or an HTTP date. Null when absent or not
     * understood; never negative.
     */
    static Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.trim();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            try {
                java.time.ZonedDateTime at = java.time.ZonedDateTime.parse(v, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(java.time.Instant.now(), at.toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException notADate) {
                return null;
            }
        }
    }
}
