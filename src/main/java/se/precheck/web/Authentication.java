package se.precheck.web;

import io.javalin.http.Context;
import se.precheck.auth.AuthException;
import se.precheck.auth.Caller;
import se.precheck.auth.TokenValidator;

/** Runs before every /api/ route: a valid work-account token, or a clear refusal. */
final class Authentication {

    static final String CALLER = "caller";

    private final TokenValidator validator;

    Authentication(TokenValidator validator) {
        this.validator = validator;
    }

    void require(Context ctx) {
        try {
            Caller caller = validator.validate(ctx.header("Authorization"));
            ctx.attribute(CALLER, caller);
        } catch (AuthException e) {
            throw refusal(e.reason());
        }
    }

    private static ApiException refusal(AuthException.Reason reason) {
        return switch (reason) {
            case MISSING_TOKEN -> new ApiException(401, "not_signed_in",
                    "Du är inte inloggad. Logga in i Office med ditt tjänstekonto och försök igen.");
            case INVALID_TOKEN -> new ApiException(401, "invalid_token",
                    "Inloggningen kunde inte bekräftas. Stäng och öppna tillägget igen, eller logga in på nytt i Office.");
            case EXPIRED_TOKEN -> new ApiException(401, "token_expired",
                    "Inloggningen har gått ut. Försök igen, så hämtas en ny inloggning.");
            case WRONG_ACCOUNT -> new ApiException(403, "wrong_account",
                    "Du är inloggad med ett privat Microsoft-konto eller ett konto från en annan organisation. "
                            + "Enligt riktlinjen (användningsregel 1) får du bara använda Copilot inloggad med ditt tjänstekonto "
                            + "i kommunens Microsoft 365. Logga ut i Office, logga in med ditt tjänstekonto och försök igen.");
            case KEYS_UNAVAILABLE -> new ApiException(503, "auth_unavailable",
                    "Inloggningen kan inte kontrolleras just nu eftersom Microsofts inloggningstjänst inte svarar. "
                            + "Texten är inte kontrollerad. Försök igen om en stund.");
        };
    }
}
