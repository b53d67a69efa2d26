package se.precheck.auth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.javalin.Javalin;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A local stand-in for the Microsoft identity platform: serves a JWKS from keys generated here,
 * signs tokens shaped like Office SSO v2 tokens, and can rotate keys or go down.
 */
public final class IdentityPlatformStandIn implements AutoCloseable {

    public static final String CLIENT_ID = "6e3c0f4c-1d0b-4b8e-9f3a-2a7f0c9d1e11";
    public static final String TENANT = "0d9f2c1a-5b6e-4c3d-8e7f-1a2b3c4d5e6f";
    public static final String OTHER_TENANT = "11111111-2222-4333-8444-555555555555";

    private final Javalin app;
    private final List<RSAKey> published = new CopyOnWriteArrayList<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile boolean down;
    private volatile long delayMs;
    private volatile RSAKey signing;

    public IdentityPlatformStandIn() {
        signing = newKey("key-1");
        published.add(signing);
        app = Javalin.create(cfg -> cfg.routes.get("/common/discovery/v2.0/keys", ctx -> {
            fetches.incrementAndGet();
            if (delayMs > 0) {
                Thread.sleep(delayMs);
            }
            if (down) {
                ctx.status(503).result("unavailable");
                return;
            }
            ctx.contentType("application/json").result(new JWKSet(List.copyOf(published)).toPublicJWKSet().toString());
        })).start("127.0.0.1", 0);
    }

    public String authority() {
        return "http://127.0.0.1:" + app.port();
    }

    public int keyFetches() {
        return fetches.get();
    }

    public void down(boolean down) {
        this.down = down;
    }

    /** Answers the key set only after this long (a slow identity platform); 0 for at once. */
    public void slow(long delayMs) {
        this.delayMs = delayMs;
    }

    /** Publishes a new key and signs with it from now on; the old key stays published. */
    public void rotate(String kid) {
        signing = newKey(kid);
        published.add(signing);
    }

    public RSAKey signingKey() {
        return signing;
    }

    static RSAKey newKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims of a genuine token for a work account in {@link #TENANT}. */
    public JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(authority() + "/" + TENANT + "/v2.0")
                .audience(CLIENT_ID)
                .subject("pairwise-subject")
                .claim("tid", TENANT)
                .claim("oid", "00000000-0000-4000-8000-000000000001")
                .claim("scp", "access_as_user")
                .claim("ver", "2.0")
                .claim("name", "Test Testsson")
                .claim("preferred_username", "test.testsson@example.com")
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600)));
    }

    public String token() {
        return sign(claims().build(), signing, h -> h);
    }

    public String token(UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(change.apply(claims()).build(), signing, h -> h);
    }

    public static String sign(JWTClaimsSet claims, RSAKey key, UnaryOperator<JWSHeader.Builder> header) {
        try {
            JWSHeader h = header.apply(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.getKeyID())).build();
            SignedJWT jwt = new SignedJWT(h, claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
