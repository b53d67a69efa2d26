package se.precheck.graph;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.aad.msal4j.OnBehalfOfParameters;
import com.microsoft.aad.msal4j.UserAssertion;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import se.precheck.auth.MsalApps;

/**
 * The on-behalf-of exchange with MSAL4J. MSAL keeps an in-memory token cache keyed by the user's
 * assertion, with the tokens' own expiry, so a user's second call within the hour costs no round trip.
 */
public final class MsalOnBehalfOf implements DelegatedTokens {

    static final Set<String> GRAPH_SCOPES = Set.of("https://graph.microsoft.com/.default");
    static final long TIMEOUT_SECONDS = 10;

    private final ConfidentialClientApplication app;

    /**
     * @param authority  {@code https://login.microsoftonline.com/{tenant}/}
     * @param httpClient null for MSAL's own; tests pass one that reaches a loopback stand-in
     */
    public MsalOnBehalfOf(String clientId, IClientCredential credential, String authority, IHttpClient httpClient) {
        app = MsalApps.confidential(clientId, credential, authority, httpClient, "on-behalf-of");
    }

    public static IClientCredential secret(String secret) {
        return ClientCredentialFactory.createFromSecret(secret);
    }

    /** A PKCS#12 file with the app's certificate and private key. */
    public static IClientCredential certificate(java.nio.file.Path pkcs12, String password) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(pkcs12)) {
            return ClientCredentialFactory.createFromCertificate(in, password);
        } catch (Exception e) {
            throw new IllegalArgumentException("certifikatet i PRECHECK_CLIENT_CERTIFICATE kan inte läsas: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public String graphToken(String userToken) throws GraphException {
        try {
            return app.acquireToken(OnBehalfOfParameters.builder(GRAPH_SCOPES, new UserAssertion(userToken)).build())
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .accessToken();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphException(GraphException.Reason.UNAVAILABLE, "interrupted");
        } catch (TimeoutException e) {
            throw new GraphException(GraphException.Reason.UNAVAILABLE, "token exchange timed out");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MsalServiceException service) {
                boolean consent = "invalid_grant".equals(service.errorCode()) || String.valueOf(service.getMessage()).contains("AADSTS65001");
                throw new GraphException(consent ? GraphException.Reason.CONSENT_REQUIRED : GraphException.Reason.FAILED,
                        "token exchange refused: " + service.errorCode());
            }
            throw new GraphException(GraphException.Reason.UNAVAILABLE, "token exchange failed");
        }
    }
}
