package se.precheck.auth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import java.net.MalformedURLException;
import java.net.URL;
import java.text.ParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates Office SSO access tokens (v2) with Nimbus parts: RS256 only, keys from the identity
 * platform's JWKS (cached, refreshed ahead, at most one fetch a minute for unknown key ids),
 * audience = our client id or application ID URI, {@code exp} required with five minutes' skew,
 * and {@link TenantRules} for issuer, tenant and scope. No JWT is parsed by hand. An access token
 * that passed is remembered until its {@code exp} ({@link ValidatedTokens}: by its hash, bounded,
 * never past exp, tenant checked again on each use), so a user's next checks with the same token
 * skip the signature check.
 */
public final class EntraTokenValidator implements TokenValidator {

    static final int MAX_CLOCK_SKEW_SECONDS = 300;
    static final long KEY_CACHE_TTL_MS = 24L * 60 * 60 * 1000;
    static final long KEY_FETCH_TIMEOUT_MS = 5_000;
    static final long MIN_REFETCH_INTERVAL_MS = 60_000;
    /** Office tokens are a few kilobytes; anything far larger is not a token. */
    static final int MAX_TOKEN_LENGTH = 16 * 1024;
    private static final Pattern BEARER = Pattern.compile("(?i)^Bearer +([A-Za-z0-9._~+/=-]{1,16384})\\s*$");

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    /** For the admin sign-in's ID token: the same keys, issuer and tenant rules, audience = client id, no scope. */
    private final DefaultJWTProcessor<SecurityContext> idTokens = new DefaultJWTProcessor<>();
    private final TenantRules accessTenants;
    private final ValidatedTokens validated;

    public EntraTokenValidator(AuthConfig config) {
        this(config, keySource(config, KEY_FETCH_TIMEOUT_MS), Set::of);
    }

    /** With a shorter key-fetch timeout, for tests against a slow stand-in. */
    EntraTokenValidator(AuthConfig config, long keyFetchTimeoutMs) {
        this(config, keySource(config, keyFetchTimeoutMs), Set::of);
    }

    /** @param moreTenants tenants allowed besides the configured ones (the policy file's, read on every token) */
    public EntraTokenValidator(AuthConfig config, java.util.function.Supplier<Set<String>> moreTenants) {
        this(config, keySource(config, KEY_FETCH_TIMEOUT_MS), moreTenants);
    }

    EntraTokenValidator(AuthConfig config, JWKSource<SecurityContext> keys) {
        this(config, keys, Set::of);
    }

    EntraTokenValidator(AuthConfig config, JWKSource<SecurityContext> keys, java.util.function.Supplier<Set<String>> moreTenants) {
        this(config, keys, moreTenants, MAX_CLOCK_SKEW_SECONDS, System::currentTimeMillis);
    }

    /** With another clock skew and the validated-token cache's clock, for tests of the cache. */
    EntraTokenValidator(AuthConfig config, java.util.function.Supplier<Set<String>> moreTenants, int maxClockSkewSeconds,
                        java.util.function.LongSupplier cacheClockMs) {
        this(config, keySource(config, KEY_FETCH_TIMEOUT_MS), moreTenants, maxClockSkewSeconds, cacheClockMs);
    }

    private EntraTokenValidator(AuthConfig config, JWKSource<SecurityContext> keys, java.util.function.Supplier<Set<String>> moreTenants,
                                int maxClockSkewSeconds, java.util.function.LongSupplier cacheClockMs) {
        Set<String> audiences = new HashSet<>();
        audiences.add(config.clientId());
        if (config.appIdUri() != null && !config.appIdUri().isBlank()) {
            audiences.add(config.appIdUri());
        }
        accessTenants = new TenantRules(config, moreTenants, true);
        validated = new ValidatedTokens(cacheClockMs);
        configure(processor, keys, audiences, Set.of("exp", "iss", "tid", "scp", "oid"), accessTenants, maxClockSkewSeconds);
        configure(idTokens, keys, Set.of(config.clientId()), Set.of("exp", "iss", "tid", "oid", "nonce"), new TenantRules(config, moreTenants, false),
                maxClockSkewSeconds);
    }

    private static void configure(DefaultJWTProcessor<SecurityContext> p, JWKSource<SecurityContext> keys, Set<String> audiences,
                                  Set<String> required, TenantRules tenant, int maxClockSkewSeconds) {
        p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        DefaultJWTClaimsVerifier<SecurityContext> standard = new DefaultJWTClaimsVerifier<>(audiences, null, required, null);
        standard.setMaxClockSkew(maxClockSkewSeconds);
        p.setJWTClaimsSetVerifier((claims, context) -> {
            standard.verify(claims, context);
            tenant.verify(claims, context);
        });
    }

    private static JWKSource<SecurityContext> keySource(AuthConfig config, long fetchTimeoutMs) {
        try {
            return JWKSourceBuilder.<SecurityContext>create(new URL(config.jwksUri()),
                            new DefaultResourceRetriever((int) fetchTimeoutMs, (int) fetchTimeoutMs, 256 * 1024))
                    .cache(KEY_CACHE_TTL_MS, fetchTimeoutMs)
                    .refreshAheadCache(true)
                    .rateLimited(MIN_REFETCH_INTERVAL_MS)
                    .outageTolerant(KEY_CACHE_TTL_MS)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("PRECHECK_AUTHORITY är ingen giltig adress");
        }
    }

    @Override
    public Caller validate(String authorization) throws AuthException {
        if (authorization == null || authorization.isBlank()) {
            throw new AuthException(AuthException.Reason.MISSING_TOKEN, "no bearer token");
        }
        if (authorization.length() > MAX_TOKEN_LENGTH + 16) {
            throw new AuthException(AuthException.Reason.INVALID_TOKEN, "token too large");
        }
        var m = BEARER.matcher(authorization);
        if (!m.matches()) {
            throw new AuthException(AuthException.Reason.INVALID_TOKEN, "not a bearer token");
        }
        String token = m.group(1);
        String key = ValidatedTokens.key(token);
        Caller cached = validated.get(key);
        if (cached != null) {
            if (accessTenants.allowed(cached.tenantId())) {
                return cached;
            }
            validated.remove(key); // the tenant left the allow-list: validate in full, which refuses it
        }
        JWTClaimsSet claims = claims(processor, token, null);
        Caller caller = caller(claims);
        validated.put(key, caller, claims.getExpirationTime().getTime());
        return caller;
    }

    /** Requests answered from the validated-token cache so far (for tests). */
    long cacheHits() {
        return validated.hits();
    }

    /**
     * The ID token of the admin sign-in (authorisation-code flow): signed by the identity platform,
     * audience our client id, issuer and tenant by the same rules as the API's tokens, and the
     * {@code nonce} this sign-in started with (so a token from another sign-in cannot be replayed).
     */
    public Caller validateIdToken(String idToken, String expectedNonce) throws AuthException {
        if (idToken == null || idToken.isBlank() || idToken.length() > MAX_TOKEN_LENGTH) {
            throw new AuthException(AuthException.Reason.INVALID_TOKEN, "no usable id token");
        }
        if (expectedNonce == null || expectedNonce.isBlank()) {
            throw new AuthException(AuthException.Reason.INVALID_TOKEN, "no nonce to compare");
        }
        return caller(claims(idTokens, idToken, expectedNonce));
    }

    private static Caller caller(JWTClaimsSet claims) throws AuthException {
        try {
            java.util.Set<String> roles = new java.util.HashSet<>();
            for (String claim : java.util.List.of("roles", "groups")) {
                java.util.List<String> values = claims.getStringListClaim(claim);
                if (values != null) roles.addAll(values);
            }
            return new Caller(claims.getStringClaim("tid"), claims.getStringClaim("oid"),
                    claims.getStringClaim("name"), claims.getStringClaim("preferred_username"), false, roles);
        } catch (ParseException | RuntimeException e) {
            throw new AuthException(AuthException.Reason.INVALID_TOKEN, "rejected");
        }
    }

    /** The claims of a token that passed every check (exp is required, so never null). */
    private static JWTClaimsSet claims(DefaultJWTProcessor<SecurityContext> p, String jwt, String expectedNonce) throws AuthException {
        try {
            JWTClaimsSet claims = p.process(jwt, null);
            if (expectedNonce != null) {
                String nonce = claims.getStringClaim("nonce");
                if (nonce == null || !java.security.MessageDigest.isEqual(nonce.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        expectedNonce.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                    throw new AuthException(AuthException.Reason.INVALID_TOKEN, "nonce does not match");
                }
            }
            if (claims.getExpirationTime() == null) {
                throw new AuthException(AuthException.Reason.INVALID_TOKEN, "no exp");
            }
            return claims;
        } catch (TenantRules.WrongAccountException e) {
            throw new AuthException(AuthException.Reason.WRONG_ACCOUNT, e.getMessage());
        } catch (ExpiredJWTException e) {
            throw new AuthException(AuthException.Reason.EXPIRED_TOKEN, "expired");
        } catch (BadJWTException e) {
            throw new AuthException(e.getMessage() != null && e.getMessage().contains("before use time")
                    ? AuthException.Reason.EXPIRED_TOKEN : AuthException.Reason.INVALID_TOKEN, "claims rejected");
        } catch (BadJOSEException | ParseException e) {
            throw new AuthException(AuthException.Reason.INVALID_TOKEN, "rejected");
        } catch (RateLimitReachedException e) {
            // An unknown key id while the key set was fetched less than a minute ago: not our outage.
            throw new AuthException(AuthException.Reason.INVALID_TOKEN, "unknown key");
        } catch (KeySourceException e) {
            throw new AuthException(AuthException.Reason.KEYS_UNAVAILABLE, "keys unavailable");
        } catch (com.nimbusds.jose.JOSEException | RuntimeException e) {
            throw new AuthException(AuthException.Reason.INVALID_TOKEN, "rejected");
        }
    }
}
