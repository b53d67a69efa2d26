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
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A local stand-in for the Microsoft identity platform: serves a JWKS from keys generated here,
 * signs tokens shaped like Office SSO v2 tokens, and can rotate keys or go down. For the admin
 * sign-in it also answers the authorisation-code flow with PKCE: an authorize endpoint that signs
 * in {@link #signInAs the chosen user} at once, and a token endpoint that checks the verifier.
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
        app = Javalin.create(cfg -> {
            cfg.routes.get("/common/discovery/v2.0/keys", ctx -> {
                fetches.incrementAndGet();
                if (delayMs > 0) {
                    Thread.sleep(delayMs);
                }
                if (down) {
                    ctx.status(503).result("unavailable");
                    return;
                }
                ctx.contentType("application/json").result(new JWKSet(List.copyOf(published)).toPublicJWKSet().toString());
            });
            cfg.routes.get("/{tenant}/oauth2/v2.0/authorize", this::authorize);
            cfg.routes.post("/{tenant}/oauth2/v2.0/token", this::token);
        }).start("127.0.0.1", 0);
    }

    // ---- The authorisation-code flow with PKCE (the admin pages' browser sign-in) ----

    /** A code handed out by the authorize endpoint, redeemable once. */
    private record Grant(String redirectUri, String challenge, String nonce, String scope, UnaryOperator<JWTClaimsSet.Builder> user) {
    }

    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    private volatile UnaryOperator<JWTClaimsSet.Builder> nextUser = c -> c;

    /** Who signs in at the authorize endpoint from now on: a change to {@link #claims()} (roles, tenant, …). */
    public void signInAs(UnaryOperator<JWTClaimsSet.Builder> user) {
        this.nextUser = user;
    }

    /** The bodies of the token requests received (form-encoded). */
    public List<String> tokenRequests() {
        return tokenRequests;
    }

    /** The user has signed in: back to the client's redirect URI with a code and the state as sent. */
    private void authorize(Context ctx) {
        String redirect = ctx.queryParam("redirect_uri");
        if (!CLIENT_ID.equals(ctx.queryParam("client_id")) || redirect == null || !"code".equals(ctx.queryParam("response_type"))
                || !"S256".equals(ctx.queryParam("code_challenge_method")) || ctx.queryParam("code_challenge") == null) {
            ctx.status(400).result("AADSTS900144: bad authorization request");
            return;
        }
        String code = "code-" + java.util.UUID.randomUUID();
        codes.put(code, new Grant(redirect, ctx.queryParam("code_challenge"), ctx.queryParam("nonce"), ctx.queryParam("scope"), nextUser));
        ctx.redirect(redirect + "?code=" + code + "&state=" + URLEncoder.encode(String.valueOf(ctx.queryParam("state")), StandardCharsets.UTF_8)
                + "&session_state=x");
    }

    /** Redeems a code: the PKCE verifier must hash to the challenge, the redirect URI must be the same. */
    private void token(Context ctx) {
        tokenRequests.add(ctx.body());
        if (!"authorization_code".equals(ctx.formParam("grant_type"))) {
            ctx.status(400).json(Map.of("error", "unsupported_grant_type", "error_description", "AADSTS70003"));
            return;
        }
        Grant grant = codes.remove(String.valueOf(ctx.formParam("code")));
        String verifier = ctx.formParam("code_verifier");
        if (grant == null || verifier == null || !grant.challenge().equals(AdminSignIn.challenge(verifier))
                || !grant.redirectUri().equals(ctx.formParam("redirect_uri"))) {
            ctx.status(400).json(Map.of("error", "invalid_grant", "error_description", "AADSTS70008: the code is invalid"));
            return;
        }
        JWTClaimsSet access = grant.user().apply(claims()).build();
        JWTClaimsSet.Builder id = grant.user().apply(claims()).audience(CLIENT_ID).claim("scp", null);
        if (grant.nonce() != null) id.claim("nonce", grant.nonce());
        String tid = String.valueOf(access.getClaim("tid"));
        String oid = String.valueOf(access.getClaim("oid"));
        String clientInfo = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"uid\":\"" + oid + "\",\"utid\":\"" + tid + "\"}").getBytes(StandardCharsets.UTF_8));
        ctx.json(Map.of("token_type", "Bearer", "scope", String.valueOf(grant.scope()), "expires_in", 3600, "ext_expires_in", 3600,
                "access_token", sign(access, signing, h -> h), "id_token", sign(id.build(), signing, h -> h),
                "client_info", clientInfo));
    }

    /** MSAL insists on an https authority: this client sends what MSAL addresses to login.microsoftonline.com here. */
    public IHttpClient msalHttpClient() {
        HttpClient http = HttpClient.newHttpClient();
        return (com.microsoft.aad.msal4j.HttpRequest request) -> {
            URI target = URI.create(authority() + request.url().getPath()
                    + (request.url().getQuery() == null ? "" : "?" + request.url().getQuery()));
            java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(target);
            request.headers().forEach((k, v) -> {
                if (!k.equalsIgnoreCase("Content-Length") && !k.equalsIgnoreCase("Host")) b.header(k, v);
            });
            b.method(request.httpMethod().name(), request.body() == null
                    ? java.net.http.HttpRequest.BodyPublishers.noBody() : java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
            HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new IHttpResponse() {
                public int statusCode() { return response.statusCode(); }
                public Map<String, List<String>> headers() { return response.headers().map(); }
                public String body() { return response.body(); }
            };
        };
    }

    /** The address the stand-in answers for an address MSAL built for login.microsoftonline.com. */
    public URI local(URI microsoft) {
        return URI.create(authority() + microsoft.getRawPath() + (microsoft.getRawQuery() == null ? "" : "?" + microsoft.getRawQuery()));
    }

    /** The MSAL authority the admin sign-in uses in tests (the requests themselves come here). */
    public static String msalAuthority() {
        return "https://login.microsoftonline.com/" + TENANT + "/";
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
