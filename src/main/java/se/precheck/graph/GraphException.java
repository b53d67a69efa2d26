package se.precheck.graph;

/** A Graph call that did not succeed, as a reason the rest of the service can act on; never the SDK's error. */
public final class GraphException extends Exception {

    public enum Reason {
        /** Graph or the identity platform did not answer: try again later, keep working without it. */
        UNAVAILABLE,
        /** The user or an admin has not consented to the delegated permission. */
        CONSENT_REQUIRED,
        /** Graph answered with an error. */
        FAILED
    }

    private final Reason reason;

    public GraphException(Reason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
