package se.precheck.auth;

import java.util.Set;

/**
 * Settings for validating Office SSO tokens from Microsoft Entra ID.
 *
 * @param clientId  the add-in API's application (client) id: the audience of v2 tokens
 * @param appIdUri  the application ID URI ({@code api://host/clientId}), also accepted as audience
 * @param tenants   tenant ids whose work accounts may use the service
 * @param authority {@code https://login.microsoftonline.com} or a stand-in in tests
 */
public record AuthConfig(String clientId, String appIdUri, Set<String> tenants, String authority) {

    public static final String DEFAULT_AUTHORITY = "https://login.microsoftonline.com";
    /** The tenant of personal Microsoft accounts: a genuine token, but not a work account. */
    public static final String CONSUMER_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";
    public static final String SCOPE = "access_as_user";

    public AuthConfig {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("PRECHECK_CLIENT_ID krävs i entra-läge");
        }
        if (tenants == null || tenants.isEmpty()) {
            throw new IllegalArgumentException("PRECHECK_TENANTS krävs i entra-läge (kommunens tenant-id)");
        }
        tenants = tenants.stream().map(t -> t.trim().toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        authority = authority == null || authority.isBlank() ? DEFAULT_AUTHORITY : stripSlash(authority);
    }

    public String jwksUri() {
        return authority + "/common/discovery/v2.0/keys";
    }

    public String issuerFor(String tenantId) {
        return authority + "/" + tenantId + "/v2.0";
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
