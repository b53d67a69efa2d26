package se.precheck.auth;

/** Turns the Authorization header of a request into a {@link Caller}, or refuses it. */
public interface TokenValidator {

    /** @param authorization the raw Authorization header, may be null */
    Caller validate(String authorization) throws AuthException;

    /** Dev mode: every request is the dev user. */
    static TokenValidator dev() {
        return authorization -> Caller.DEV;
    }
}
