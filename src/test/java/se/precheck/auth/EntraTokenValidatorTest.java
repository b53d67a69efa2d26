package se.precheck.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EntraTokenValidatorTest {

    static IdentityPlatformStandIn idp;
    static EntraTokenValidator validator;

    @BeforeAll
    static void start() {
        idp = new IdentityPlatformStandIn();
        validator = new EntraTokenValidator(new AuthConfig(IdentityPlatformStandIn.CLIENT_ID, "api://precheck.example.com/"
                + IdentityPlatformStandIn.CLIENT_ID, Set.of(IdentityPlatformStandIn.TENANT.toUpperCase()), idp.authority()));
    }

    @AfterAll
    static void stop() {
        idp.close();
    }

    static Date in(long seconds) {
        return Date.from(Instant.now().plusSeconds(seconds));
    }

    @Test
    void a_genuine_work_account_token_gives_the_caller() throws Exception {
        Caller caller = validator.validate("Bearer " + idp.token());
        assertThat(caller.tenantId()).isEqualTo(IdentityPlatformStandIn.TENANT);
        assertThat(caller.objectId()).isEqualTo("00000000-0000-4000-8000-000000000001");
        assertThat(caller.dev()).isFalse();
    }

    @Test
    void the_admin_sign_ins_id_token_needs_its_nonce_our_client_id_and_an_allowed_tenant() throws Exception {
        String id = idp.token(c -> c.claim("scp", null).claim("nonce", "nonce-1"));
        assertThat(validator.validateIdToken(id, "nonce-1").objectId()).isEqualTo("00000000-0000-4000-8000-000000000001");
        assertThatThrownBy(() -> validator.validateIdToken(id, "nonce-2")).isInstanceOf(AuthException.class);
        assertThatThrownBy(() -> validator.validateIdToken(idp.token(c -> c.claim("scp", null)), "nonce-1"))
                .as("no nonce in the token").isInstanceOf(AuthException.class);
        assertThatThrownBy(() -> validator.validateIdToken(idp.token(c -> c.claim("nonce", "nonce-1")
                .audience("api://precheck.example.com/" + IdentityPlatformStandIn.CLIENT_ID)), "nonce-1"))
                .as("an ID token is for the client id only").isInstanceOf(AuthException.class);
        assertThatThrownBy(() -> validator.validateIdToken(idp.token(c -> c.claim("nonce", "nonce-1")
                .claim("tid", IdentityPlatformStandIn.OTHER_TENANT).issuer(idp.authority() + "/" + IdentityPlatformStandIn.OTHER_TENANT + "/v2.0")), "nonce-1"))
                .satisfies(e -> assertThat(((AuthException) e).reason()).isEqualTo(AuthException.Reason.WRONG_ACCOUNT));
        assertThatThrownBy(() -> validator.validate("Bearer " + id)).as("an ID token is no API token (no scope)")
                .isInstanceOf(AuthException.class);
    }

    @Test
    void the_application_id_uri_is_accepted_as_audience_and_skew_up_to_five_minutes() throws Exception {
        assertThat(validator.validate("Bearer " + idp.token(c -> c.audience("api://precheck.example.com/" + IdentityPlatformStandIn.CLIENT_ID)))).isNotNull();
        assertThat(validator.validate("Bearer " + idp.token(c -> c.expirationTime(in(-200))))).isNotNull();
        assertThat(validator.validate("bearer  " + idp.token(c -> c.notBeforeTime(in(200))))).isNotNull();
    }

    static String b64(String json) {
        return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Forged, stale, foreign and malformed tokens, each with the reason it must give. */
    static Stream<Arguments> refused() {
        String authority = idp.authority();
        return Stream.of(
                row("no header", x -> null, AuthException.Reason.MISSING_TOKEN),
                row("empty header", x -> "", AuthException.Reason.MISSING_TOKEN),
                row("not bearer", x -> "Basic dXNlcjpwYXNz", AuthException.Reason.INVALID_TOKEN),
                row("bearer without token", x -> "Bearer ", AuthException.Reason.INVALID_TOKEN),
                row("garbage", x -> "Bearer abc.def.ghi", AuthException.Reason.INVALID_TOKEN),
                row("alg none", x -> "Bearer " + new PlainJWT(idp.claims().build()).serialize(), AuthException.Reason.INVALID_TOKEN),
                row("HS256 signed with the public key", x -> {
                    try {
                        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(idp.signingKey().getKeyID()).build(), idp.claims().build());
                        jwt.sign(new MACSigner(idp.signingKey().toPublicJWK().toRSAPublicKey().getEncoded()));
                        return "Bearer " + jwt.serialize();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, AuthException.Reason.INVALID_TOKEN),
                row("unknown kid", x -> "Bearer " + IdentityPlatformStandIn.sign(idp.claims().build(), IdentityPlatformStandIn.newKey("nobody"), h -> h), AuthException.Reason.INVALID_TOKEN),
                row("rogue key claiming a known kid", x -> "Bearer " + IdentityPlatformStandIn.sign(idp.claims().build(),
                        IdentityPlatformStandIn.newKey(idp.signingKey().getKeyID()), h -> h), AuthException.Reason.INVALID_TOKEN),
                row("tampered payload", x -> {
                    String[] parts = idp.token().split("\\.");
                    String payload = b64(idp.claims().claim("oid", "someone-else").build().toString());
                    return "Bearer " + parts[0] + "." + payload + "." + parts[2];
                }, AuthException.Reason.INVALID_TOKEN),
                row("signature stripped", x -> {
                    String[] parts = idp.token().split("\\.");
                    return "Bearer " + parts[0] + "." + parts[1] + ".";
                }, AuthException.Reason.INVALID_TOKEN),
                row("wrong audience", x -> "Bearer " + idp.token(c -> c.audience("00000003-0000-0000-c000-000000000000")), AuthException.Reason.INVALID_TOKEN),
                row("no audience", x -> "Bearer " + idp.token(c -> c.audience((String) null)), AuthException.Reason.INVALID_TOKEN),
                row("issuer of another tenant", x -> "Bearer " + idp.token(c -> c.issuer(authority + "/" + IdentityPlatformStandIn.OTHER_TENANT + "/v2.0")), AuthException.Reason.INVALID_TOKEN),
                row("v1 issuer", x -> "Bearer " + idp.token(c -> c.issuer("https://sts.windows.net/" + IdentityPlatformStandIn.TENANT + "/")), AuthException.Reason.INVALID_TOKEN),
                row("tid not a GUID", x -> "Bearer " + idp.token(c -> c.claim("tid", "hedemora").issuer(authority + "/hedemora/v2.0")), AuthException.Reason.INVALID_TOKEN),
                row("another organisation", x -> "Bearer " + idp.token(c -> c.claim("tid", IdentityPlatformStandIn.OTHER_TENANT)
                        .issuer(authority + "/" + IdentityPlatformStandIn.OTHER_TENANT + "/v2.0")), AuthException.Reason.WRONG_ACCOUNT),
                row("personal Microsoft account", x -> "Bearer " + idp.token(c -> c.claim("tid", AuthConfig.CONSUMER_TENANT)
                        .issuer(authority + "/" + AuthConfig.CONSUMER_TENANT + "/v2.0")), AuthException.Reason.WRONG_ACCOUNT),
                row("missing scope", x -> "Bearer " + idp.token(c -> c.claim("scp", null)), AuthException.Reason.INVALID_TOKEN),
                row("other scope", x -> "Bearer " + idp.token(c -> c.claim("scp", "User.Read Mail.Send")), AuthException.Reason.INVALID_TOKEN),
                row("missing oid", x -> "Bearer " + idp.token(c -> c.claim("oid", null)), AuthException.Reason.INVALID_TOKEN),
                row("expired", x -> "Bearer " + idp.token(c -> c.expirationTime(in(-600))), AuthException.Reason.EXPIRED_TOKEN),
                row("not yet valid", x -> "Bearer " + idp.token(c -> c.notBeforeTime(in(900))), AuthException.Reason.EXPIRED_TOKEN),
                row("missing exp", x -> "Bearer " + idp.token(c -> c.expirationTime(null)), AuthException.Reason.INVALID_TOKEN),
                row("huge header", x -> "Bearer " + b64("{\"alg\":\"RS256\",\"x\":\"" + "a".repeat(40_000) + "\"}") + ".e30.c2ln", AuthException.Reason.INVALID_TOKEN),
                row("JSON array as payload", x -> "Bearer " + b64("{\"alg\":\"RS256\",\"kid\":\"key-1\"}") + "." + b64("[1,2]") + ".c2ln", AuthException.Reason.INVALID_TOKEN),
                row("wrong typ", x -> "Bearer " + IdentityPlatformStandIn.sign(idp.claims().build(), idp.signingKey(),
                        h -> h.type(new com.nimbusds.jose.JOSEObjectType("at+jwt+evil"))), AuthException.Reason.INVALID_TOKEN));
    }

    static Arguments row(String name, Function<Void, String> header, AuthException.Reason reason) {
        return Arguments.of(name, header, reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void forged_stale_foreign_and_malformed_tokens_are_refused(String name, Function<Void, String> header, AuthException.Reason reason) {
        String authorization = header.apply(null);
        assertThatThrownBy(() -> validator.validate(authorization))
                .isInstanceOf(AuthException.class)
                .satisfies(e -> assertThat(((AuthException) e).reason()).isEqualTo(reason));
    }

    @Test
    void a_rotated_key_is_picked_up_without_restart() throws Exception {
        try (IdentityPlatformStandIn rotating = new IdentityPlatformStandIn()) {
            EntraTokenValidator v = new EntraTokenValidator(new AuthConfig(IdentityPlatformStandIn.CLIENT_ID, null,
                    Set.of(IdentityPlatformStandIn.TENANT), rotating.authority()));
            v.validate("Bearer " + rotating.token(c -> c.issuer(rotating.authority() + "/" + IdentityPlatformStandIn.TENANT + "/v2.0")));
            rotating.rotate("key-2");
            Caller caller = v.validate("Bearer " + rotating.token(c -> c.issuer(rotating.authority() + "/" + IdentityPlatformStandIn.TENANT + "/v2.0")));
            assertThat(caller.tenantId()).isEqualTo(IdentityPlatformStandIn.TENANT);
        }
    }

    @Test
    void cached_keys_keep_working_when_the_platform_is_down_and_no_key_means_503_not_a_pass() throws Exception {
        try (IdentityPlatformStandIn flaky = new IdentityPlatformStandIn()) {
            AuthConfig config = new AuthConfig(IdentityPlatformStandIn.CLIENT_ID, null, Set.of(IdentityPlatformStandIn.TENANT), flaky.authority());
            String token = "Bearer " + flaky.token(c -> c.issuer(flaky.authority() + "/" + IdentityPlatformStandIn.TENANT + "/v2.0"));

            EntraTokenValidator warm = new EntraTokenValidator(config);
            warm.validate(token);
            flaky.down(true);
            assertThat(warm.validate(token).tenantId()).isEqualTo(IdentityPlatformStandIn.TENANT);

            EntraTokenValidator cold = new EntraTokenValidator(config);
            assertThatThrownBy(() -> cold.validate(token))
                    .satisfies(e -> assertThat(((AuthException) e).reason()).isEqualTo(AuthException.Reason.KEYS_UNAVAILABLE));
        }
    }
}
