package se.precheck.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Access tokens that passed the full validation (signature, issuer, audience, tenant, scope, times),
 * kept by the SHA-256 of the token so the next request with the same token skips the signature
 * check and the JSON parsing. An Office token lives about an hour and a user sends many checks
 * with it.
 *
 * <p>Never more lenient than a fresh validation: an entry is used only strictly before the token's
 * {@code exp} (the five minutes' clock skew a fresh validation allows are not given from here; a
 * token in them is validated in full each time and never stored), and at most {@link #MAX_AGE_MS}
 * after it was validated, so a key withdrawn from the key set stops being honoured soon. Only the
 * token's exact bytes match (a changed bit is another hash), and only tokens that passed are
 * stored. The caller of an entry is checked against the tenant allow-list again on every use (the
 * policy file's tenants may change). Bounded: at most {@link #MAX_ENTRIES} entries; when full,
 * expired entries are dropped and, if that frees nothing, new tokens are simply not stored.
 */
final class ValidatedTokens {

    static final int MAX_ENTRIES = 20_000;
    static final long MAX_AGE_MS = 5 * 60_000L;
    /** How often a full cache looks for expired entries at most. */
    static final long PURGE_INTERVAL_MS = 1_000;

    /** A validated token: who it proves, until when this entry may be used. */
    record Entry(Caller caller, long usableUntilMs) {
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier clockMs;
    private final AtomicLong lastPurge = new AtomicLong(Long.MIN_VALUE / 2);
    private final AtomicLong hits = new AtomicLong();

    ValidatedTokens(LongSupplier clockMs) {
        this.clockMs = clockMs;
    }

    static String key(String token) {
        return HexFormat.of().formatHex(SHA256.get().digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The caller of a token validated before and still usable, else null (and a stale entry goes). */
    Caller get(String key) {
        Entry e = entries.get(key);
        if (e == null) return null;
        if (clockMs.getAsLong() >= e.usableUntilMs()) {
            entries.remove(key, e);
            return null;
        }
        hits.incrementAndGet();
        return e.caller();
    }

    /** Stores a token that has just passed the full validation; {@code expMs} is its {@code exp}. */
    void put(String key, Caller caller, long expMs) {
        long now = clockMs.getAsLong();
        long until = Math.min(expMs, now + MAX_AGE_MS);
        if (until <= now) return; // past exp (accepted within the clock skew): validated in full every time
        if (entries.size() >= MAX_ENTRIES) {
            purge(now);
            if (entries.size() >= MAX_ENTRIES) return;
        }
        entries.put(key, new Entry(caller, until));
    }

    void remove(String key) {
        entries.remove(key);
    }

    private void purge(long now) {
        long last = lastPurge.get();
        if (now - last < PURGE_INTERVAL_MS || !lastPurge.compareAndSet(last, now)) return;
        entries.values().removeIf(e -> now >= e.usableUntilMs());
    }

    int size() {
        return entries.size();
    }

    long hits() {
        return hits.get();
    }
}
