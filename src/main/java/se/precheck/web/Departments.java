package se.precheck.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import se.precheck.auth.Caller;
import se.precheck.graph.GraphException;
import se.precheck.graph.GraphGateway;

/**
 * The caller's administration (department in Graph), for the policy's profiles and the
 * statistics. Looked up once an hour per user, off the request thread; a check never waits on
 * Graph unless the policy has profiles, and then only briefly. Holds department names only.
 */
final class Departments {

    private static final long TTL_MS = TimeUnit.HOURS.toMillis(1);
    private static final long FAILED_TTL_MS = TimeUnit.MINUTES.toMillis(5);
    private static final int MAX_ENTRIES = 20_000;

    private record Entry(CompletableFuture<String> department, long expires) {
    }

    private final GraphGateway graph;
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
    private final java.util.concurrent.ThreadPoolExecutor lookups = new java.util.concurrent.ThreadPoolExecutor(
            4, 4, 60, TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "department-lookup");
                t.setDaemon(true);
                return t;
            });

    {
        // Idle servers (and the many in the test suite) keep no threads.
        lookups.allowCoreThreadTimeOut(true);
    }

    Departments(GraphGateway graph) {
        this.graph = graph;
    }

    /** The department, "" when Graph does not know it or cannot be reached. Never fails. */
    CompletableFuture<String> of(Caller caller, String userToken) {
        if (caller == null) return CompletableFuture.completedFuture("");
        String key = caller.tenantId() + "/" + caller.objectId();
        long now = System.currentTimeMillis();
        Entry entry = cache.get(key);
        if (entry != null && entry.expires() > now) {
            return entry.department();
        }
        if (cache.size() > MAX_ENTRIES) cache.clear();
        CompletableFuture<String> lookup = new CompletableFuture<>();
        cache.put(key, new Entry(lookup, now + TTL_MS));
        lookups.execute(() -> lookup.complete(lookUp(key, userToken, now)));
        return lookup;
    }

    /** Waits at most {@code millis} for the department; "" after that. */
    String await(Caller caller, String userToken, long millis) {
        try {
            return of(caller, userToken).get(millis, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            return "";
        }
    }

    private String lookUp(String key, String userToken, long now) {
        try {
            String d = graph.profile(userToken).department();
            return d == null ? "" : d.strip();
        } catch (GraphException | RuntimeException e) {
            // Ask again sooner than for a known department.
            cache.computeIfPresent(key, (k, v) -> new Entry(v.department(), now + FAILED_TTL_MS));
            return "";
        }
    }
}
