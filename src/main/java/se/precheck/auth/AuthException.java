package se.precheck.auth;

/** Why a request is refused, for the web layer to turn into a status and a Swedish message. */
public final class AuthException extends Exception {

    public enum Reason {
        /** No bearer token: 401. */
        MISSING_TOKEN,
        /** Bad signature, audience, scope, malformed: 401. */
        INVALID_TOKEN,
        /** Expired or not yet valid: 401, the client gets a fresh token and tries once more. */
        EXPIRED_TOKEN,
        /** A genuine token from a personal account or another organisation: 403 (guideline rule 1). */
        WRONG_ACCOUNT,
        /** The identity platform's keys cannot be had: 503, never a pass. */
        KEYS_UNAVAILABLE
    }

    private final Reason reason;

    public AuthException(Reason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
