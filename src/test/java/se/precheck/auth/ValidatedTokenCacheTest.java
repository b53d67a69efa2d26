package se.precheck.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cache of validated access tokens never accepts what a fresh validation would refuse. */
class ValidatedTokenCacheTest {

    static IdentityPlatformStandIn idp;

    @BeforeAll
    static void start() {
        idp = new IdentityPlatformStandIn();
    }

    @AfterAll
    static void stop() {
        idp.close();
    }

    static AuthConfig config() {
        return new AuthConfig(IdentityPlatformStandIn.CLIENT_ID, null, Set.of(IdentityPlatformStandIn.TENANT), idp.authority());
    }

    static Date in(long seconds) {
        return Date.from(Instant.now().plusSeconds(seconds));
    }

    static AuthException.Reason reason(EntraTokenValidator v, String authorization) {
        try {
            v.validate(authorization);
            return null;
        } catch (AuthException e) {
            return e.reason();
        }
    }

    @Test
    void the_same_token_again_comes_from_the_cache_with_the_same_caller() throws Exception {
        EntraTokenValidator v = new EntraTokenValidator(config());
        String token = "Bearer " + idp.token(c -> c.claim("roles", java.util.List.of("Precheck.Admin")));
        Caller first = v.validate(token);
        assertThat(v.cacheHits()).isZero();
        Caller second = v.validate(token);
        assertThat(v.cacheHits()).isEqualTo(1);
        assertThat(second).isEqualTo(first);
        assertThat(second.hasRole("Precheck.Admin")).isTrue();
        assertThat(v.validate("bearer  " + token.substring(7))).as("the token, not the header, is the key").isEqualTo(first);
        assertThat(v.cacheHits()).isEqualTo(2);
    }

    @Test
    void a_cached_token_is_refused_once_it_has_expired() throws Exception {
        // No clock skew, so that expiry can be shown without waiting five minutes.
        EntraTokenValidator v = new EntraTokenValidator(config(), Set::of, 0, System::currentTimeMillis);
        long exp = (System.currentTimeMillis() / 1000 + 2) * 1000; // exp has whole seconds
        String token = "Bearer " + idp.token(c -> c.expirationTime(new Date(exp)));
        v.validate(token);
        v.validate(token);
        assertThat(v.cacheHits()).isEqualTo(1);
        Thread.sleep(Math.max(0, exp - System.currentTimeMillis()) + 50);
        assertThat(reason(v, token)).isEqualTo(AuthException.Reason.EXPIRED_TOKEN);
        assertThat(reason(v, token)).isEqualTo(AuthException.Reason.EXPIRED_TOKEN);
        assertThat(v.cacheHits()).isEqualTo(1);
    }

    @Test
    void the_cache_never_serves_a_token_at_or_past_its_exp_nor_older_than_its_maximum_age() throws Exception {
        AtomicLong now = new AtomicLong(System.currentTimeMillis());
        EntraTokenValidator v = new EntraTokenValidator(config(), Set::of, EntraTokenValidator.MAX_CLOCK_SKEW_SECONDS, now::get);
        Date exp = in(3600);
        String token = "Bearer " + idp.token(c -> c.expirationTime(exp));
        v.validate(token);
        v.validate(token);
        assertThat(v.cacheHits()).isEqualTo(1);
        now.addAndGet(ValidatedTokens.MAX_AGE_MS); // validated again in full, then stored anew
        v.validate(token);
        assertThat(v.cacheHits()).isEqualTo(1);
        now.set(exp.getTime()); // the cache's clock at exp: not from the cache (the full validation's own clock still accepts it)
        v.validate(token);
        assertThat(v.cacheHits()).isEqualTo(1);
    }

    @Test
    void a_token_accepted_only_within_the_clock_skew_is_validated_in_full_every_time() throws Exception {
        EntraTokenValidator v = new EntraTokenValidator(config());
        String token = "Bearer " + idp.token(c -> c.expirationTime(in(-120)));
        v.validate(token);
        v.validate(token);
        assertThat(v.cacheHits()).isZero();
    }

    @Test
    void forged_and_tampered_tokens_are_never_cached_nor_match_a_cached_one() throws Exception {
        EntraTokenValidator v = new EntraTokenValidator(config());
        String genuine = idp.token();
        v.validate("Bearer " + genuine);
        String[] parts = genuine.split("\\.");
        String tampered = parts[0] + "." + EntraTokenValidatorTest.b64(idp.claims().claim("oid", "someone-else").build().toString()) + "." + parts[2];
        String rogue = IdentityPlatformStandIn.sign(idp.claims().build(), IdentityPlatformStandIn.newKey(idp.signingKey().getKeyID()), h -> h);
        for (int i = 0; i < 2; i++) {
            assertThat(reason(v, "Bearer " + tampered)).isEqualTo(AuthException.Reason.INVALID_TOKEN);
            assertThat(reason(v, "Bearer " + rogue)).isEqualTo(AuthException.Reason.INVALID_TOKEN);
            assertThat(reason(v, "Bearer " + parts[0] + "." + parts[1] + ".")).isEqualTo(AuthException.Reason.INVALID_TOKEN);
        }
        assertThat(v.cacheHits()).isZero();
    }

    @Test
    void a_cached_token_of_a_tenant_removed_from_the_policy_is_refused() throws Exception {
        String other = IdentityPlatformStandIn.OTHER_TENANT;
        Set<String> policyTenants = ConcurrentHashMap.newKeySet();
        policyTenants.add(other);
        EntraTokenValidator v = new EntraTokenValidator(config(), () -> Set.copyOf(policyTenants),
                EntraTokenValidator.MAX_CLOCK_SKEW_SECONDS, System::currentTimeMillis);
        String token = "Bearer " + idp.token(c -> c.claim("tid", other).issuer(idp.authority() + "/" + other + "/v2.0"));
        v.validate(token);
        v.validate(token);
        assertThat(v.cacheHits()).isEqualTo(1);
        policyTenants.clear();
        assertThat(reason(v, token)).isEqualTo(AuthException.Reason.WRONG_ACCOUNT);
        assertThat(reason(v, token)).isEqualTo(AuthException.Reason.WRONG_ACCOUNT);
    }

    @Test
    void the_cache_is_bounded_and_makes_room_from_expired_entries() {
        AtomicLong now = new AtomicLong(1_000_000);
        ValidatedTokens cache = new ValidatedTokens(now::get);
        Caller caller = new Caller(IdentityPlatformStandIn.TENANT, "u", null, null, false);
        for (int i = 0; i < ValidatedTokens.MAX_ENTRIES + 500; i++) {
            cache.put(ValidatedTokens.key("t" + i), caller, now.get() + 10_000);
        }
        assertThat(cache.size()).isEqualTo(ValidatedTokens.MAX_ENTRIES);
        assertThat(cache.get(ValidatedTokens.key("t" + (ValidatedTokens.MAX_ENTRIES + 1)))).as("not stored when full").isNull();
        now.addAndGet(10_000);
        cache.put(ValidatedTokens.key("fresh"), caller, now.get() + 10_000);
        assertThat(cache.size()).as("expired entries dropped when full").isEqualTo(1);
        assertThat(cache.get(ValidatedTokens.key("t1"))).as("at exp").isNull();
        assertThat(cache.get(ValidatedTokens.key("fresh"))).isEqualTo(caller);
        cache.put(ValidatedTokens.key("past"), caller, now.get());
        assertThat(cache.get(ValidatedTokens.key("past"))).as("a token at its exp is not stored").isNull();
    }
}
