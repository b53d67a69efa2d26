package se.precheck.auth;

import com.microsoft.aad.msal4j.AuthorizationCodeParameters;
import com.microsoft.aad.msal4j.AuthorizationRequestUrlParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.aad.msal4j.ResponseMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The admin pages' sign-in from an ordinary browser: the OpenID Connect authorisation-code flow
 * with PKCE, through MSAL4J's confidential client (the same client id and secret or certificate
 * as the on-behalf-of exchange). The service asks for the API's own scope, so the access token it
 * gets back is checked by exactly the rules of the API ({@link EntraTokenValidator#validate}), and
 * the ID token by the same issuer, tenant and audience rules plus this sign-in's nonce.
 * No token is ever logged; MSAL's PII logging is off.
 */
public final class AdminSignIn {

    static final long TIMEOUT_SECONDS = 10;

    /** What a completed sign-in proves: the caller, and the API token kept for Graph on their behalf. */
    public record Completed(Caller caller, String accessToken) {
        /** Never print the token. */
        @Override
        public String toString() {
            return "Completed[caller=" + caller.objectId() + "]";
        }
    }

    private final ConfidentialClientApplication app;
    private final EntraTokenValidator validator;
    private final Set<String> scopes;

    /**
     * @param apiScope      the API's scope, e.g. {@code api://precheck.kommun.se/<client id>/access_as_user}
     * @param msalAuthority {@code https://login.microsoftonline.com/<tenant>/} (MSAL insists on https)
     * @param http          null for MSAL's own client; tests pass one that reaches a loopback stand-in
     * @param validator     the API's validator (same keys, tenants, issuer and audience)
     */
    public AdminSignIn(String clientId, IClientCredential credential, String msalAuthority, IHttpClient http,
                       String apiScope, EntraTokenValidator validator) {
        this.app = MsalApps.confidential(clientId, credential, msalAuthority, http, "inloggningen till administrationssidorna");
        this.validator = validator;
        this.scopes = Set.of(apiScope);
    }

    /** The identity platform's authorisation address for one sign-in: state, nonce and the PKCE challenge (S256). */
    public URI authorizationUrl(String redirectUri, String state, String nonce, String codeVerifier) {
        return URI.create(app.getAuthorizationRequestUrl(AuthorizationRequestUrlParameters.builder(redirectUri, scopes)
                .state(state)
                .nonce(nonce)
                .codeChallenge(challenge(codeVerifier))
                .codeChallengeMethod("S256")
                .responseMode(ResponseMode.QUERY)
                .build()).toString());
    }

    /**
     * Redeems the code (with the PKCE verifier) and checks both tokens.
     *
     * @throws AuthException INVALID_TOKEN when the code or the tokens are refused, WRONG_ACCOUNT for
     *                       another organisation or a personal account, KEYS_UNAVAILABLE when the
     *                       identity platform cannot be reached
     */
    public Completed redeem(String code, String codeVerifier, String redirectUri, String nonce) throws AuthException {
        IAuthenticationResult result;
        try {
            result = app.acquireToken(AuthorizationCodeParameters.builder(code, URI.create(redirectUri))
                            .scopes(scopes)
                            .codeVerifier(codeVerifier)
                            .build())
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthException(AuthException.Reason.KEYS_UNAVAILABLE, "interrupted");
        } catch (TimeoutException e) {
            throw new AuthException(AuthException.Reason.KEYS_UNAVAILABLE, "code redemption timed out");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MsalServiceException service) {
                throw new AuthException(AuthException.Reason.INVALID_TOKEN, "code refused: " + service.errorCode());
            }
            throw new AuthException(AuthException.Reason.KEYS_UNAVAILABLE, "code redemption failed");
        } catch (RuntimeException e) {
            throw new AuthException(AuthException.Reason.INVALID_TOKEN, "code redemption rejected");
        }
        Caller fromIdToken = validator.validateIdToken(result.idToken(), nonce);
        Caller fromAccessToken = validator.validate("Bearer " + result.accessToken());
        if (!fromIdToken.tenantId().equalsIgnoreCase(fromAccessToken.tenantId())
                || !fromIdToken.objectId().equalsIgnoreCase(fromAccessToken.objectId())) {
            throw new AuthException(AuthException.Reason.INVALID_TOKEN, "tokens name different users");
        }
        // Roles and groups from both: Entra puts app roles in each, groups where the app asks for them.
        Set<String> roles = new java.util.HashSet<>(fromAccessToken.roles());
        roles.addAll(fromIdToken.roles());
        Caller caller = new Caller(fromAccessToken.tenantId(), fromAccessToken.objectId(),
                fromIdToken.name() != null ? fromIdToken.name() : fromAccessToken.name(),
                fromIdToken.username() != null ? fromIdToken.username() : fromAccessToken.username(), false, roles);
        return new Completed(caller, result.accessToken());
    }

    /** RFC 7636: BASE64URL(SHA-256(ASCII(verifier))). */
    static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
