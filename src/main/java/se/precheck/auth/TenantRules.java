package se.precheck.auth;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import java.text.ParseException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Microsoft's multi-tenant rules (and guideline rule 1): {@code tid} is a GUID, {@code iss} is
 * exactly {@code {authority}/{tid}/v2.0} for that token's own tid, {@code scp} holds
 * {@code access_as_user}. A signed token from a personal account or a tenant not in the allow-list
 * is a genuine token for the wrong account, reported apart so the user hears what to do.
 */
final class TenantRules implements JWTClaimsSetVerifier<SecurityContext> {

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final AuthConfig config;
    private final java.util.function.Supplier<java.util.Set<String>> moreTenants;
    private final boolean requireScope;

    TenantRules(AuthConfig config) {
        this(config, java.util.Set::of);
    }

    /** @param moreTenants tenant ids (lower case) allowed besides the configured ones, e.g. from the policy file */
    TenantRules(AuthConfig config, java.util.function.Supplier<java.util.Set<String>> moreTenants) {
        this(config, moreTenants, true);
    }

    /**
     * @param requireScope true for access tokens to the API; false for the ID token of the admin
     *                     sign-in, which has no {@code scp} (it proves who signed in, not what they may call)
     */
    TenantRules(AuthConfig config, java.util.function.Supplier<java.util.Set<String>> moreTenants, boolean requireScope) {
        this.config = config;
        this.moreTenants = moreTenants;
        this.requireScope = requireScope;
    }

    /** A valid token that belongs to another organisation or to a personal account. */
    static final class WrongAccountException extends BadJWTException {
        WrongAccountException(String message) {
            super(message);
        }
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
        String tid = string(claims, "tid");
        if (tid == null || !GUID.matcher(tid).matches()) {
            throw new BadJWTException("tid is not a GUID");
        }
        if (!config.issuerFor(tid).equals(claims.getIssuer())) {
            throw new BadJWTException("issuer does not match tid");
        }
        String scp = string(claims, "scp");
        if (requireScope && (scp == null || Arrays.stream(scp.split(" ")).noneMatch(AuthConfig.SCOPE::equals))) {
            throw new BadJWTException("missing scope " + AuthConfig.SCOPE);
        }
        if (AuthConfig.CONSUMER_TENANT.equalsIgnoreCase(tid)) {
            throw new WrongAccountException("personal Microsoft account");
        }
        if (!allowed(tid)) {
            throw new WrongAccountException("tenant not allowed");
        }
    }

    /** Whether the tenant is on the allow-list now (the configured tenants or, as read now, the policy file's). */
    boolean allowed(String tid) {
        if (tid == null || AuthConfig.CONSUMER_TENANT.equalsIgnoreCase(tid)) return false;
        String lower = tid.toLowerCase(java.util.Locale.ROOT);
        return config.tenants().contains(lower) || moreTenants.get().contains(lower);
    }

    private static String string(JWTClaimsSet claims, String name) throws BadJWTException {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            throw new BadJWTException(name + " is not a string");
        }
    }
}
