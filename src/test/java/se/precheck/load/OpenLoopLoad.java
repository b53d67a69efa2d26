package se.precheck.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load generator: sends {@code POST} requests at a constant rate whatever the
 * service's answers take (wrk2's idea; Debian has only wrk, which is closed-loop and so measures
 * saturation). Each request's latency is counted from the moment it was <em>scheduled</em>, so a
 * stall in the service shows up in the percentiles instead of silently slowing the load down
 * (no coordinated omission). Every latency is kept (a {@code long[]} of one slot per request,
 * 2.4 MB for 300 000 requests), so the percentiles are exact rather than bucketed.
 *
 * <pre>
 * java -cp … se.precheck.load.OpenLoopLoad URL RATE_PER_S SECONDS BODIES TOKENS [WARMUP_S] [SUMMARY_FILE]
 * </pre>
 *
 * Bodies (one JSON per line) and bearer tokens (one per line) are used round robin, so every user
 * sends at RATE / tokens per second. The warm-up is closed-loop (two requests at a time, to warm
 * the JIT without piling up a backlog); its requests count toward {@code ok_total} (the number the
 * statistics must match) but not toward the percentiles. The answer to each body is hashed
 * per upstream (nginx's {@code X-Upstream} response header when behind the load balancer), so a
 * body answered differently by two instances is reported.
 */
public final class OpenLoopLoad {

    private OpenLoopLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: OpenLoopLoad URL RATE_PER_S SECONDS BODIES TOKENS [WARMUP_S] [SUMMARY_FILE]");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        double rate = Double.parseDouble(args[1]);
        double seconds = Double.parseDouble(args[2]);
        List<byte[]> bodies = Files.readAllLines(Path.of(args[3])).stream().filter(l -> !l.isBlank())
                .map(l -> l.getBytes(StandardCharsets.UTF_8)).toList();
        List<String> tokens = Files.readAllLines(Path.of(args[4])).stream().filter(l -> !l.isBlank()).toList();
        double warmup = args.length > 5 ? Double.parseDouble(args[5]) : 0;
        Path summary = args.length > 6 ? Path.of(args[6]) : null;

        Run run = new Run(uri, rate, bodies, tokens);
        String warmupOutcomes = "{}";
        if (warmup > 0) {
            System.out.printf("warm-up: %.0f s, closed loop with 2 requests at a time%n", warmup);
            warmupOutcomes = run.warmUp(warmup);
            System.out.println("warm-up outcomes " + warmupOutcomes);
        }
        System.out.printf("measuring: %.0f s at %.1f/s against %s%n", seconds, rate, uri);
        Map<String, String> result = run.phase(seconds, true);
        result.put("warmup_outcomes", warmupOutcomes);
        run.close();
        StringBuilder out = new StringBuilder();
        result.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        System.out.print(out);
        if (summary != null) {
            Files.writeString(summary, out);
        }
        System.exit(result.get("errors").equals("0") ? 0 : 1);
    }

    static final class Run implements AutoCloseable {

        private final URI uri;
        private final double rate;
        private final List<byte[]> bodies;
        private final List<String> tokens;
        private final ExecutorService callbacks = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "load-http");
            t.setDaemon(true);
            return t;
        });
        private final HttpClient client;
        private final AtomicLong okTotal = new AtomicLong();
        private long sent;

        Run(URI uri, double rate, List<byte[]> bodies, List<String> tokens) {
            this.uri = uri;
            this.rate = rate;
            this.bodies = bodies;
            this.tokens = tokens;
            this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).executor(callbacks).build();
        }

        /**
         * Warms the service's JIT up without overloading it: two requests at a time, each sent when
         * the last one is answered, for {@code seconds}. (An open-loop warm-up at the target rate
         * piles a backlog onto a cold service that it then never works off on a busy machine.)
         */
        String warmUp(double seconds) throws Exception {
            long end = System.nanoTime() + (long) (seconds * 1e9);
            Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
            List<CompletableFuture<Void>> workers = new ArrayList<>();
            AtomicLong next = new AtomicLong(sent);
            for (int w = 0; w < 2; w++) {
                workers.add(CompletableFuture.runAsync(() -> {
                    while (System.nanoTime() < end) {
                        long i = next.getAndIncrement();
                        String outcome;
                        try {
                            HttpResponse<byte[]> response = client.send(request((int) (i % bodies.size()), tokens.get((int) (i % tokens.size()))),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            outcome = response.statusCode() == 200 ? "200" : response.statusCode() + errorCode(response.body());
                            if (response.statusCode() == 200) okTotal.incrementAndGet();
                        } catch (Exception e) {
                            outcome = e.getClass().getSimpleName();
                        }
                        outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
                    }
                }));
            }
            CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get();
            sent = next.get();
            return new TreeMap<>(outcomes).toString();
        }

        private HttpRequest request(int body, String token) {
            return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(body))).build();
        }

        /** Sends {@code seconds × rate} requests on schedule and waits for every answer. */
        Map<String, String> phase(double seconds, boolean measure) throws Exception {
            int n = (int) Math.round(seconds * rate);
            long period = (long) (1e9 / rate);
            long[] latency = new long[n];
            Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
            Map<String, AtomicLong> upstreams = new ConcurrentHashMap<>();
            Map<Integer, Set<String>> answers = new ConcurrentHashMap<>();
            Map<Integer, Set<String>> answeredBy = new ConcurrentHashMap<>();
            List<CompletableFuture<?>> pending = new ArrayList<>(n);
            long maxLag = 0;
            long start = System.nanoTime() + 50_000_000L;
            for (int i = 0; i < n; i++) {
                long due = start + i * period;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                maxLag = Math.max(maxLag, -wait);
                int index = i;
                // Shifted by one each round through the bodies, so that a round-robin balancer with
                // as many upstreams as divide the number of bodies still sends each body to each.
                int body = (int) ((sent + sent / bodies.size()) % bodies.size());
                String token = tokens.get((int) (sent % tokens.size()));
                sent++;
                pending.add(client.sendAsync(request(body, token), HttpResponse.BodyHandlers.ofByteArray()).handle((response, error) -> {
                    latency[index] = System.nanoTime() - due;
                    String outcome;
                    if (error != null) {
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        outcome = cause.getClass().getSimpleName();
                    } else {
                        outcome = String.valueOf(response.statusCode());
                        if (response.statusCode() != 200) {
                            outcome += errorCode(response.body());
                        }
                        if (response.statusCode() == 200) {
                            okTotal.incrementAndGet();
                            // nginx lists every upstream it tried, "a, b" when it retried on b
                            String upstream = response.headers().firstValue("X-Upstream").orElse("direct").replace(", ", "->");
                            upstreams.computeIfAbsent(upstream, k -> new AtomicLong()).incrementAndGet();
                            answers.computeIfAbsent(body, k -> ConcurrentHashMap.newKeySet()).add(sha256(response.body()));
                            answeredBy.computeIfAbsent(body, k -> ConcurrentHashMap.newKeySet()).add(upstream);
                        }
                    }
                    outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
                    return null;
                }));
            }
            long sendEnd = System.nanoTime();
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            double elapsed = (System.nanoTime() - start) / 1e9;
            Map<String, String> r = new LinkedHashMap<>();
            if (!measure) {
                r.put("outcomes", new TreeMap<>(outcomes).toString());
                return r;
            }
            long ok = outcomes.getOrDefault("200", new AtomicLong()).get();
            long[] sorted = latency.clone();
            Arrays.sort(sorted);
            r.put("requests", String.valueOf(n));
            r.put("target_rate_per_s", String.format("%.1f", rate));
            r.put("achieved_rate_per_s", String.format("%.1f", ok / elapsed));
            r.put("send_seconds", String.format("%.1f", (sendEnd - start) / 1e9));
            r.put("max_send_lag_ms", String.format("%.1f", maxLag / 1e6));
            r.put("ok", String.valueOf(ok));
            r.put("errors", String.valueOf(n - ok));
            r.put("outcomes", new TreeMap<>(outcomes).toString());
            r.put("p50_ms", ms(sorted, 0.50));
            r.put("p90_ms", ms(sorted, 0.90));
            r.put("p99_ms", ms(sorted, 0.99));
            r.put("p99_9_ms", ms(sorted, 0.999));
            r.put("max_ms", n == 0 ? "0" : String.format("%.1f", sorted[n - 1] / 1e6));
            r.put("upstreams", new TreeMap<>(upstreams).toString());
            long differing = answers.values().stream().filter(s -> s.size() > 1).count();
            long byMany = answeredBy.values().stream().filter(s -> s.size() > 1).count();
            r.put("bodies_answered", String.valueOf(answers.size()));
            r.put("bodies_answered_by_several_upstreams", String.valueOf(byMany));
            r.put("bodies_with_differing_answers", String.valueOf(differing));
            r.put("ok_total", String.valueOf(okTotal.get()));
            return r;
        }

        @Override
        public void close() {
            callbacks.shutdown();
        }
    }

    /** " busy", " check_timeout", … from a JSON error answer {"error": code, …}; empty otherwise. */
    static String errorCode(byte[] body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"error\"\\s*:\\s*\"([a-z_]{1,40})\"")
                .matcher(new String(body, StandardCharsets.UTF_8));
        return m.find() ? " " + m.group(1) : "";
    }

    /** The latency at quantile {@code q} (nearest rank) in milliseconds. */
    static String ms(long[] sorted, double q) {
        if (sorted.length == 0) return "0";
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return String.format("%.1f", sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6);
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
