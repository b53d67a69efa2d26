package se.precheck.graph;

import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.MsalServiceException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import se.precheck.auth.MsalApps;

/**
 * The client credentials flow with MSAL4J: a token for the service's own application permissions
 * (Mail.Send, restricted to one mailbox by the tenant's admin). MSAL caches the token until it expires.
 */
public final class MsalClientCredentials implements AppTokens {

    private final ConfidentialClientApplication app;

    /**
     * @param authority  {@code https://login.microsoftonline.com/{tenant}/}
     * @param httpClient null for MSAL's own; tests pass one that reaches a loopback stand-in
     */
    public MsalClientCredentials(String clientId, IClientCredential credential, String authority, IHttpClient httpClient) {
        app = MsalApps.confidential(clientId, credential, authority, httpClient, "klientautentisering");
    }

    @Override
    public String graphToken() throws GraphException {
        try {
            return app.acquireToken(ClientCredentialParameters.builder(MsalOnBehalfOf.GRAPH_SCOPES).build())
                    .get(MsalOnBehalfOf.TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .accessToken();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphException(GraphException.Reason.UNAVAILABLE, "interrupted");
        } catch (TimeoutException e) {
            throw new GraphException(GraphException.Reason.UNAVAILABLE, "app token request timed out");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MsalServiceException service) {
                Integer status = service.statusCode();
                java.time.Duration wait = GraphException.parseRetryAfter(header(service.headers(), "Retry-After"));
                boolean transientFailure = status != null && (status == 429 || status >= 500);
                boolean consent = String.valueOf(service.getMessage()).contains("AADSTS7000229")   // no service principal
                        || String.valueOf(service.getMessage()).contains("AADSTS65001")
                        || "unauthorized_client".equals(service.errorCode());
                GraphException.Reason reason = transientFailure ? GraphException.Reason.UNAVAILABLE
                        : consent ? GraphException.Reason.CONSENT_REQUIRED : GraphException.Reason.FAILED;
                // The error code only: the identity platform's message can quote the client id or tenant.
                throw new GraphException(reason, "app token refused: " + service.errorCode(), wait);
            }
            throw new GraphException(GraphException.Reason.UNAVAILABLE, "app token request failed");
        }
    }

    private static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) return null;
        for (var e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && e.getValue() != null && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
