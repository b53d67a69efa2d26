package se.precheck.web;

import io.javalin.http.Context;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import se.precheck.auth.Caller;

/**
 * A per-user rate limit in memory: a token bucket per caller (tenant + object id) that holds a
 * minute's allowance and refills evenly. Past it the answer is 429 with {@code Retry-After}. Behind a
 * load balancer each instance counts for itself, so the effective limit is per instance.
 */
final class RateLimiter {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    /** Full buckets are forgotten once the map grows past this, so memory stays bounded. */
    private static final int PRUNE_ABOVE = 10_000;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    RateLimiter(int perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /** Before-handler for the API, after authentication: counts the call against its caller. */
    void require(Context ctx) {
        Caller caller = ctx.attribute(Authentication.CALLER);
        if (caller != null) {
            acquire(caller.tenantId() + "/" + caller.objectId());
        }
    }

    /** Takes one call from {@code key}'s allowance, or throws 429 with the seconds until the next one. */
    void acquire(String key) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > PRUNE_ABOVE) {
            prune(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
        long waitNanos = bucket.take(perMinute, now);
        if (waitNanos > 0) {
            long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            throw new ApiException(429, "rate_limited",
                    "Du har gjort många kontroller på kort tid. Vänta " + seconds + " sekund" + (seconds == 1 ? "" : "er")
                            + " och försök igen. Texten är inte kontrollerad.", seconds);
        }
    }

    private void prune(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            if (it.next().fullAt(perMinute, now)) {
                it.remove();
            }
        }
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updated = now;
        }

        /** 0 when a call was taken, else the nanoseconds until one is available. */
        synchronized long take(int perMinute, long now) {
            refill(perMinute, now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * MINUTE_NANOS / perMinute);
        }

        synchronized boolean fullAt(int perMinute, long now) {
            refill(perMinute, now);
            return tokens >= perMinute;
        }

        private void refill(int perMinute, long now) {
            long elapsed = Math.max(0, now - updated);
            tokens = Math.min(perMinute, tokens + (double) elapsed * perMinute / MINUTE_NANOS);
            updated = now;
        }
    }
}
