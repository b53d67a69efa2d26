package se.precheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import se.precheck.auth.IdentityPlatformStandIn;
import se.precheck.detect.Analyzer;
import se.precheck.detect.Cancellation;
import java.util.concurrent.locks.LockSupport;

/**
 * The time budget, the concurrency limit and the per-user rate limit. The slow parts are an engine
 * stand-in that waits on a latch or sleeps, so no test depends on the machine's speed.
 */
class CheckLimitsTest {

    private static final String SLOW = "{\"text\":\"LÅNGSAM text\"}";
    private static final String FAST = "{\"text\":\"Skicka till anna.berg@example.com idag.\"}";

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.MAPPER.readTree(response.body());
    }

    @Test
    void past_the_budget_the_answer_is_503_check_timeout_never_a_verdict_and_the_worker_is_told_to_stop() throws Exception {
        CountDownLatch stopped = new CountDownLatch(2);
        Engine sleeping = (text, policy) -> {
            if (!text.contains("LÅNGSAM")) {
                return Analyzer.analyze(text, policy);
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < until && !Cancellation.requested()) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
            stopped.countDown();
            Cancellation.check();
            return Analyzer.analyze(text, policy);
        };
        try (TestServer server = new TestServer(ServerConfig.dev(0), Limits.defaults().withCheckTimeoutMs(100), sleeping)) {
            for (String path : List.of("/api/check", "/api/redact")) {
                long started = System.nanoTime();
                HttpResponse<String> response = server.post(path, SLOW);
                assertThat(response.statusCode()).as(path).isEqualTo(503);
                JsonNode error = json(response);
                assertThat(error.get("error").asText()).isEqualTo("check_timeout");
                assertThat(error.get("message").asText()).contains("inte kontrollerad").contains("mindre del");
                assertThat(error.has("verdict")).isFalse();
                assertThat(response.body()).doesNotContain("\"ok\"").doesNotContain("LÅNGSAM");
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(10_000);
            }
            assertThat(stopped.await(10, TimeUnit.SECONDS)).as("each worker was told to stop").isTrue();
        }
    }

    @Test
    void the_real_engine_stops_at_the_next_detector_once_the_check_is_given_up() throws Exception {
        se.precheck.policy.Policy policy = se.precheck.policy.PolicyLoader.loadDefault();
        assertThatThrownBy(() -> Cancellation.runWith(() -> true, () -> Analyzer.analyze("Ring 070-123 45 67", policy)))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(Cancellation.runWith(() -> false, () -> Analyzer.analyze("Ring 070-123 45 67", policy)).findings()).isNotEmpty();
        assertThat(Cancellation.requested()).isFalse();
    }

    /** An engine that ignores interrupts and holds its slot until the test lets it go. */
    static final class Held implements Engine {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch entered;

        Held(int expected) {
            entered = new CountDownLatch(expected);
        }

        @Override
        public se.precheck.detect.Analysis analyze(String text, se.precheck.policy.Policy policy) {
            if (text.contains("LÅNGSAM")) {
                entered.countDown();
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (System.nanoTime() < until) {
                    try {
                        // deliberately deaf to cancellation, like one long regex scan inside a detector
                        if (release.await(50, TimeUnit.MILLISECONDS)) break;
                    } catch (InterruptedException ignored) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
            return Analyzer.analyze(text, policy);
        }
    }

    @Test
    void when_every_slot_is_taken_the_answer_is_503_busy_with_retry_after() throws Exception {
        Held held = new Held(2);
        try (TestServer server = new TestServer(ServerConfig.dev(0),
                Limits.defaults().withMaxConcurrentChecks(2).withCheckTimeoutMs(30_000), held)) {
            CompletableFuture<HttpResponse<String>> a = server.postAsync("/api/check", SLOW);
            CompletableFuture<HttpResponse<String>> b = server.postAsync("/api/check", SLOW);
            assertThat(held.entered.await(10, TimeUnit.SECONDS)).isTrue();

            HttpResponse<String> third = server.post("/api/check", FAST);
            assertThat(third.statusCode()).isEqualTo(503);
            assertThat(third.headers().firstValue("Retry-After")).contains("1");
            assertThat(json(third).get("error").asText()).isEqualTo("busy");
            assertThat(json(third).get("message").asText()).contains("inte kontrollerad");

            held.release.countDown();
            assertThat(a.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(b.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(server.post("/api/check", FAST).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_check_arriving_while_every_slot_is_taken_waits_briefly_for_one_instead_of_being_refused() throws Exception {
        Held held = new Held(1);
        try (TestServer server = new TestServer(ServerConfig.dev(0),
                Limits.defaults().withMaxConcurrentChecks(1).withCheckTimeoutMs(30_000), held)) {
            CompletableFuture<HttpResponse<String>> slow = server.postAsync("/api/check", SLOW);
            assertThat(held.entered.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<HttpResponse<String>> waiting = server.postAsync("/api/check", FAST);
            Thread.sleep(CheckGuard.MAX_QUEUE_WAIT_MS / 5);
            held.release.countDown(); // the slot frees well within the wait
            assertThat(slow.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            HttpResponse<String> answered = waiting.get(10, TimeUnit.SECONDS);
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
            assertThat(json(answered).get("verdict").asText()).isEqualTo("review");
        }
    }

    @Test
    void an_abandoned_worker_keeps_its_slot_until_it_really_ends() throws Exception {
        Held held = new Held(1);
        try (TestServer server = new TestServer(ServerConfig.dev(0),
                Limits.defaults().withMaxConcurrentChecks(1).withCheckTimeoutMs(100), held)) {
            HttpResponse<String> first = server.post("/api/check", SLOW);
            assertThat(first.statusCode()).isEqualTo(503);
            assertThat(json(first).get("error").asText()).isEqualTo("check_timeout");

            // The worker ignores the interrupt and is still running: no new check starts beside it.
            HttpResponse<String> second = server.post("/api/check", FAST);
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(json(second).get("error").asText()).isEqualTo("busy");

            held.release.countDown();
            HttpResponse<String> after = null;
            for (int i = 0; i < 100; i++) {
                after = server.post("/api/check", FAST);
                if (after.statusCode() == 200) break;
                Thread.sleep(50);
            }
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(json(after).get("verdict").asText()).isEqualTo("review");
        }
    }

    @Test
    void guard_gives_the_slot_back_when_the_work_fails() {
        try (CheckGuard guard = new CheckGuard(1_000, 1)) {
            assertThatThrownBy(() -> guard.run(() -> {
                throw new ApiException(400, "invalid_choice", "x");
            })).isInstanceOf(ApiException.class);
            assertThat(guard.freeSlots()).isEqualTo(1);
            assertThat(guard.run(() -> "ja")).isEqualTo("ja");
            assertThat(guard.freeSlots()).isEqualTo(1);
        }
    }

    @Test
    void each_user_gets_their_own_allowance_and_429_with_retry_after_past_it() throws Exception {
        try (IdentityPlatformStandIn idp = new IdentityPlatformStandIn();
             TestServer server = new TestServer(ServerConfig.entra(0, IdentityPlatformStandIn.CLIENT_ID,
                     Set.of(IdentityPlatformStandIn.TENANT), idp.authority()),
                     Limits.defaults().withRateLimitPerMinute(3), Engine.DEFAULT)) {
            Map<String, String> anna = Map.of("Authorization", "Bearer " + idp.token());
            Map<String, String> bo = Map.of("Authorization", "Bearer " + idp.token(c -> c.claim("oid", "00000000-0000-4000-8000-000000000002")));
            List<Integer> statuses = new ArrayList<>();
            HttpResponse<String> last = null;
            for (int i = 0; i < 4; i++) {
                last = server.post("/api/check", FAST, anna);
                statuses.add(last.statusCode());
            }
            assertThat(statuses).containsExactly(200, 200, 200, 429);
            long retryAfter = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, 60L);
            JsonNode error = json(last);
            assertThat(error.get("error").asText()).isEqualTo("rate_limited");
            assertThat(error.get("message").asText()).contains("Vänta").contains("inte kontrollerad");

            assertThat(server.post("/api/check", FAST, bo).statusCode()).as("another user is not affected").isEqualTo(200);
            // Unauthenticated calls are refused before they count against anyone.
            assertThat(server.post("/api/check", FAST).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void the_allowance_refills_evenly_over_the_minute() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(6, now::get);
        for (int i = 0; i < 6; i++) limiter.acquire("t/u");
        assertThatThrownBy(() -> limiter.acquire("t/u"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status).isEqualTo(429);
                    assertThat(e.retryAfterSeconds).isEqualTo(10);
                });
        limiter.acquire("t/other");
        now.addAndGet(TimeUnit.SECONDS.toNanos(10));
        limiter.acquire("t/u");
        assertThatThrownBy(() -> limiter.acquire("t/u")).isInstanceOf(ApiException.class);
    }

    @Test
    void limits_are_read_from_the_environment_with_clear_errors() {
        Limits limits = Limits.load(Map.of("PRECHECK_CONFIG", "/nonexistent.yaml",
                "PRECHECK_CHECK_TIMEOUT_MS", "500", "PRECHECK_MAX_CONCURRENT_CHECKS", "3",
                "PRECHECK_RATE_LIMIT_PER_MINUTE", "30", "PRECHECK_CORS_ORIGINS", "https://Intra.Example.se/, http://localhost:3000"));
        assertThat(limits).isEqualTo(new Limits(500, 3, 30, Set.of("https://intra.example.se", "http://localhost:3000")));

        Limits defaults = Limits.load(Map.of("PRECHECK_CONFIG", "/nonexistent.yaml"));
        assertThat(defaults.checkTimeoutMs()).isEqualTo(2_000);
        assertThat(defaults.maxConcurrentChecks()).isEqualTo(2 * Runtime.getRuntime().availableProcessors());
        assertThat(defaults.rateLimitPerMinute()).isEqualTo(120);
        assertThat(defaults.corsOrigins()).isEmpty();

        assertThatThrownBy(() -> Limits.load(Map.of("PRECHECK_CONFIG", "/nonexistent.yaml", "PRECHECK_CHECK_TIMEOUT_MS", "två")))
                .hasMessageContaining("PRECHECK_CHECK_TIMEOUT_MS ska vara ett heltal");
        assertThatThrownBy(() -> Limits.load(Map.of("PRECHECK_CONFIG", "/nonexistent.yaml", "PRECHECK_RATE_LIMIT_PER_MINUTE", "0")))
                .hasMessageContaining("PRECHECK_RATE_LIMIT_PER_MINUTE");
        assertThatThrownBy(() -> Limits.load(Map.of("PRECHECK_CONFIG", "/nonexistent.yaml", "PRECHECK_CORS_ORIGINS", "*")))
                .hasMessageContaining("PRECHECK_CORS_ORIGINS");
    }
}
