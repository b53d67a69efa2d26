package se.precheck.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The service's protection against overload and abuse, read like {@link ServerConfig} (environment,
 * else {@code precheck.yaml}, else the default; the README lists the keys).
 *
 * @param checkTimeoutMs      the time budget of one check (or redaction); past it the answer is 503 {@code check_timeout}
 * @param maxConcurrentChecks checks running at once, also those abandoned past their budget; more get 503 {@code busy}
 * @param rateLimitPerMinute  API calls per user (tenant + object id) and minute; more get 429
 * @param corsOrigins         origins that may call the API from a browser page of their own (none by default)
 */
public record Limits(long checkTimeoutMs, int maxConcurrentChecks, int rateLimitPerMinute, Set<String> corsOrigins) {

    public static final long DEFAULT_CHECK_TIMEOUT_MS = 2_000;
    public static final int DEFAULT_RATE_LIMIT_PER_MINUTE = 120;

    static final ServerConfig.Key CHECK_TIMEOUT = new ServerConfig.Key("PRECHECK_CHECK_TIMEOUT_MS", "checkTimeoutMs",
            String.valueOf(DEFAULT_CHECK_TIMEOUT_MS));
    static final ServerConfig.Key MAX_CONCURRENT = new ServerConfig.Key("PRECHECK_MAX_CONCURRENT_CHECKS", "maxConcurrentChecks",
            String.valueOf(defaultConcurrency()));
    static final ServerConfig.Key RATE_LIMIT = new ServerConfig.Key("PRECHECK_RATE_LIMIT_PER_MINUTE", "rateLimitPerMinute",
            String.valueOf(DEFAULT_RATE_LIMIT_PER_MINUTE));
    static final ServerConfig.Key CORS_ORIGINS = new ServerConfig.Key("PRECHECK_CORS_ORIGINS", "corsOrigins", "");

    public Limits {
        if (checkTimeoutMs < 1) throw new IllegalArgumentException("PRECHECK_CHECK_TIMEOUT_MS måste vara positivt");
        if (maxConcurrentChecks < 1) throw new IllegalArgumentException("PRECHECK_MAX_CONCURRENT_CHECKS måste vara positivt");
        if (rateLimitPerMinute < 1) throw new IllegalArgumentException("PRECHECK_RATE_LIMIT_PER_MINUTE måste vara positivt");
        corsOrigins = corsOrigins == null ? Set.of() : corsOrigins.stream()
                .map(Limits::origin).collect(Collectors.toUnmodifiableSet());
    }

    /** The defaults: 2 s per check, two checks per core at once, 120 calls a minute per user, no CORS. */
    public static Limits defaults() {
        return new Limits(DEFAULT_CHECK_TIMEOUT_MS, defaultConcurrency(), DEFAULT_RATE_LIMIT_PER_MINUTE, Set.of());
    }

    static int defaultConcurrency() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    public Limits withCheckTimeoutMs(long ms) {
        return new Limits(ms, maxConcurrentChecks, rateLimitPerMinute, corsOrigins);
    }

    public Limits withMaxConcurrentChecks(int n) {
        return new Limits(checkTimeoutMs, n, rateLimitPerMinute, corsOrigins);
    }

    public Limits withRateLimitPerMinute(int n) {
        return new Limits(checkTimeoutMs, maxConcurrentChecks, n, corsOrigins);
    }

    public Limits withCorsOrigins(Set<String> origins) {
        return new Limits(checkTimeoutMs, maxConcurrentChecks, rateLimitPerMinute, origins);
    }

    /** Reads the environment and, when it exists, the YAML file named by PRECHECK_CONFIG. */
    public static Limits load(Map<String, String> env) {
        JsonNode yaml = ServerConfig.readYaml(Path.of(env.getOrDefault(ServerConfig.CONFIG_FILE.env(), ServerConfig.CONFIG_FILE.defaultValue())));
        List<String> problems = new ArrayList<>();
        long timeout = ServerConfig.number(CHECK_TIMEOUT, env, yaml, problems);
        long concurrent = ServerConfig.number(MAX_CONCURRENT, env, yaml, problems);
        long rate = ServerConfig.number(RATE_LIMIT, env, yaml, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        Set<String> origins = Arrays.stream(ServerConfig.value(CORS_ORIGINS, env, yaml).split("[,\\s]+"))
                .filter(o -> !o.isBlank()).collect(Collectors.toSet());
        return new Limits(timeout, (int) Math.min(concurrent, 10_000), (int) Math.min(rate, 1_000_000), origins);
    }

    /** "https://Example.com/" → "https://example.com": origins compare as the browser sends them. */
    private static String origin(String o) {
        String s = o.trim().toLowerCase(Locale.ROOT);
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        if (!s.matches("https?://[a-z0-9.-]+(:\\d{1,5})?")) {
            throw new IllegalArgumentException("PRECHECK_CORS_ORIGINS: '" + o.trim() + "' är inget ursprung (https://värd[:port])");
        }
        return s;
    }
}
