package se.precheck.auth;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Server-side state of the admin sign-in, in memory: sign-ins under way (state, nonce, PKCE
 * verifier, the page to return to, bound to the browser that started them) and signed-in
 * sessions (random id → caller, with an idle and an absolute timeout). Ids are 256 random bits;
 * nothing here is ever logged. An instance that does not know a session sends the browser to
 * sign in again, which Microsoft answers at once while the user is signed in there.
 */
public final class AdminSessions {

    /** A sign-in must come back within this long. */
    public static final Duration SIGN_IN_TIMEOUT = Duration.ofMinutes(10);
    /** A session ends after this long without a request. */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(15);
    /** And after this long in any case. */
    public static final Duration MAX_AGE = Duration.ofHours(8);
    static final int MAX_ENTRIES = 10_000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A sign-in under way. */
    public record Pending(String state, String nonce, String codeVerifier, String browser, String returnTo, long expires) {
        @Override
        public String toString() {
            return "Pending[returnTo=" + returnTo + "]";
        }
    }

    /** A signed-in admin. {@code accessToken} is the API token for Graph on their behalf (mail). */
    public record Session(String id, Caller caller, String accessToken, long created, long lastSeen) {
        @Override
        public String toString() {
            return "Session[caller=" + caller.objectId() + "]";
        }
    }

    private final Clock clock;
    private final ConcurrentHashMap<String, Pending> pending = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();

    public AdminSessions(Clock clock) {
        this.clock = clock;
    }

    /** 256 random bits, base64url: for session ids, state, nonce, PKCE verifier and browser binding. */
    public static String randomId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Starts a sign-in for the browser that carries {@code browser} in its sign-in cookie.
     *
     * @param returnTo a local admin path, already checked by the caller
     */
    public Pending begin(String browser, String returnTo) {
        purge();
        Pending p = new Pending(randomId(), randomId(), randomId(), browser, returnTo,
                clock.millis() + SIGN_IN_TIMEOUT.toMillis());
        pending.put(p.state(), p);
        return p;
    }

    /**
     * The sign-in that {@code state} names, once only, and only for the browser that started it
     * and within its time: a state from another browser (login CSRF) or a replay finds nothing.
     */
    public Optional<Pending> finish(String state, String browser) {
        if (!wellFormed(state) || !wellFormed(browser)) {
            return Optional.empty();
        }
        Pending p = pending.remove(state);
        if (p == null || p.expires() < clock.millis() || !same(p.browser(), browser)) {
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /** A new session (a new id at every sign-in: no fixation). */
    public Session create(Caller caller, String accessToken) {
        purge();
        long now = clock.millis();
        Session s = new Session(randomId(), caller, accessToken, now, now);
        sessions.put(s.id(), s);
        return s;
    }

    /** The live session with this id, its idle time restarted; empty when unknown or timed out. */
    public Optional<Session> touch(String id) {
        if (!wellFormed(id)) {
            return Optional.empty();
        }
        long now = clock.millis();
        Session s = sessions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        if (expired(s, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        Session touched = new Session(s.id(), s.caller(), s.accessToken(), s.created(), now);
        sessions.put(id, touched);
        return Optional.of(touched);
    }

    public void end(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    int size() {
        return sessions.size() + pending.size();
    }

    private boolean expired(Session s, long now) {
        return now - s.lastSeen() > IDLE_TIMEOUT.toMillis() || now - s.created() > MAX_AGE.toMillis();
    }

    /** Drops what has timed out; past the cap (a flood of unfinished sign-ins) the oldest go first. */
    private void purge() {
        long now = clock.millis();
        pending.values().removeIf(p -> p.expires() < now);
        sessions.values().removeIf(s -> expired(s, now));
        if (pending.size() > MAX_ENTRIES) {
            pending.values().stream().sorted(java.util.Comparator.comparingLong(Pending::expires))
                    .limit(pending.size() - MAX_ENTRIES / 2).toList().forEach(p -> pending.remove(p.state()));
        }
        if (sessions.size() > MAX_ENTRIES) {
            sessions.values().stream().sorted(java.util.Comparator.comparingLong(Session::lastSeen))
                    .limit(sessions.size() - MAX_ENTRIES / 2).toList().forEach(s -> sessions.remove(s.id()));
        }
    }

    static boolean wellFormed(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
