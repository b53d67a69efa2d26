package se.precheck.auth;

import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.IHttpClient;
import java.net.MalformedURLException;

/** The service's one way of building an MSAL4J confidential client (on-behalf-of, client credentials, admin sign-in). */
public final class MsalApps {

    private MsalApps() {
    }

    /**
     * @param authority  {@code https://login.microsoftonline.com/{tenant}/} (MSAL insists on https)
     * @param httpClient null for MSAL's own; tests pass one that reaches a loopback stand-in
     * @param purpose    what the client is for, named in the error (Swedish)
     */
    public static ConfidentialClientApplication confidential(String clientId, IClientCredential credential, String authority,
                                                             IHttpClient httpClient, String purpose) {
        try {
            ConfidentialClientApplication.Builder builder = ConfidentialClientApplication.builder(clientId, credential)
                    .authority(authority)
                    // No instance discovery (fixed authority, works for national clouds and stand-ins) and no personal data in MSAL's log.
                    .instanceDiscovery(false)
                    .logPii(false);
            if (httpClient != null) {
                builder.httpClient(httpClient);
            }
            return builder.build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("ogiltig authority för " + purpose);
        }
    }
}
