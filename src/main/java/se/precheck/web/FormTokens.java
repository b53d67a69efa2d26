package se.precheck.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import se.precheck.auth.Caller;

/**
 * Synchronizer tokens for the admin pages' forms (CSRF): each form carries a token bound to the
 * signed-in user and the hour, signed with a key every instance shares; a POST without the right
 * token is refused. Valid for the current and the previous hour.
 */
final class FormTokens {

    static final String FIELD = "csrf";
    private final Supplier<byte[]> key;
    private final Clock clock;

    FormTokens(Supplier<byte[]> key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    String issue(Caller caller) {
        return sign(caller, hour());
    }

    boolean valid(Caller caller, String token) {
        if (token == null || token.isBlank()) return false;
        long hour = hour();
        byte[] given = token.getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, sign(caller, hour).getBytes(StandardCharsets.US_ASCII))
                | MessageDigest.isEqual(given, sign(caller, hour - 1).getBytes(StandardCharsets.US_ASCII));
    }

    private long hour() {
        return clock.millis() / 3_600_000L;
    }

    private String sign(Caller caller, long hour) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.get(), "HmacSHA256"));
            byte[] sig = mac.doFinal((caller.tenantId() + "|" + caller.objectId() + "|" + hour).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
