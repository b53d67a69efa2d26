package se.precheck.web;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import se.precheck.auth.Caller;
import se.precheck.graph.GraphException;
import se.precheck.graph.GraphGateway;
import se.precheck.graph.Profile;
import java.util.function.Supplier;
import se.precheck.detect.Analysis;
import se.precheck.detect.CheckReport;
import java.util.EnumMap;
import se.precheck.detect.Verdict;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;
import se.precheck.stats.Administration;
import se.precheck.stats.OfficeHost;
import se.precheck.stats.StatsStore;
import se.precheck.redact.Redaction;
import se.precheck.redact.Redactor;

/** The JSON API. Each handler parses, calls the engine and answers; nothing else. */
final class ApiRoutes {

    private final ServerConfig config;
    private final Supplier<Policy> policy;
    private final GraphGateway graph;
    private final StatsStore stats;
    private final Departments departments;
    private final Engine engine;
    private final CheckGuard guard;

    ApiRoutes(ServerConfig config, Supplier<Policy> policy, GraphGateway graph, StatsStore stats, Engine engine, CheckGuard guard) {
        this.config = config;
        this.policy = policy;
        this.graph = graph;
        this.stats = stats;
        this.departments = new Departments(graph);
        this.engine = engine;
        this.guard = guard;
    }

    /** How long a check waits for the caller's department when the policy has profiles per administration. */
    private static final long PROFILE_WAIT_MS = 2_000;

    /** The policy for the caller, and the administration profile that applied (null: none). */
    private record Applied(Policy policy, se.precheck.policy.AdministrationProfile profile) {
    }

    /**
     * The policy for the caller: with the profile of their administration when the policy has
     * profiles (the department is looked up once an hour and then known at once).
     */
    private Applied policyFor(Context ctx) {
        Policy base = policy.get();
        if (base.profiles().isEmpty()) {
            return new Applied(base, null);
        }
        String administration = departments.await(ctx.attribute(Authentication.CALLER), bearerToken(ctx), PROFILE_WAIT_MS);
        return new Applied(base.forAdministration(administration), base.profileFor(administration).orElse(null));
    }

    /** Counts the check after it is answered; the department comes when Graph gives it. Never the text. */
    private void count(Context ctx, OfficeHost host, Analysis analysis) {
        Map<Category, Integer> perCategory = new EnumMap<>(Category.class);
        analysis.findings().forEach(f -> perCategory.merge(f.finding().category(), 1, Integer::sum));
        Verdict verdict = analysis.verdict();
        departments.of(ctx.attribute(Authentication.CALLER), bearerToken(ctx))
                .thenAccept(d -> stats.recordCheck(host, new Administration(d), verdict, perCategory));
    }

    /** Who the service thinks the user is, with the profile from Graph when it can be had. */
    void me(Context ctx) {
        Caller caller = ctx.attribute(Authentication.CALLER);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("name", caller.name());
        answer.put("tenantId", caller.tenantId());
        answer.put("dev", caller.dev());
        try {
            Profile profile = graph.profile(bearerToken(ctx));
            answer.put("department", profile.department());
            answer.put("officeLocation", profile.officeLocation());
            answer.put("displayName", profile.displayName());
        } catch (GraphException e) {
            answer.put("profileUnavailable", e.reason().name().toLowerCase(java.util.Locale.ROOT));
        }
        ctx.json(answer);
    }

    static String bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        return header == null ? "" : header.replaceFirst("(?i)^Bearer +", "").trim();
    }

    void check(Context ctx) {
        CheckRequest request = JsonBody.read(ctx, CheckRequest.class, config.maxBodyBytes()).validated();
        Applied applied = policyFor(ctx);
        Policy p = applied.policy();
        // Within the time budget, or 503 check_timeout: never a partial answer.
        Analysis analysis = guard.run(() -> engine.analyze(request.text(), p));
        json(ctx, new CheckResponse(CheckReport.of(analysis, p, request.locale()), CheckResponse.ProfileRef.of(applied.profile())));
        count(ctx, OfficeHost.of(request.host()), analysis);
    }

    void redact(Context ctx) {
        RedactRequest request = JsonBody.read(ctx, RedactRequest.class, config.maxBodyBytes()).validated();
        Policy p = policyFor(ctx).policy();
        RedactResponse response = guard.run(() -> {
            Analysis analysis = engine.analyze(request.text(), p);
            Redaction redaction;
            try {
                redaction = Redactor.redact(request.text(), analysis.findings(), request.choices(), request.mapping());
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "invalid_choice",
                        "Okänt val för en träff. Tillåtna val: replace, pseudonym, mask, generalise, keep.");
            }
            CheckReport recheck = CheckReport.of(engine.analyze(redaction.text(), p), p, request.locale());
            return RedactResponse.of(redaction.text(), recheck, redaction.mapping());
        });
        json(ctx, response);
        departments.of(ctx.attribute(Authentication.CALLER), bearerToken(ctx))
                .thenAccept(d -> stats.recordRedaction(new Administration(d)));
    }

    void restore(Context ctx) {
        RestoreRequest request = JsonBody.read(ctx, RestoreRequest.class, config.maxBodyBytes()).validated();
        String restored = guard.run(() -> Redactor.restore(request.text(), request.mapping()));
        ctx.json(Map.of("text", restored));
    }

    /**
     * As {@code ctx.json(value)}, with the same mapper, but written straight to UTF-8 bytes: the
     * answers of the hot endpoints are not built as a String first and then encoded again.
     */
    private static void json(Context ctx, Object value) {
        try {
            ctx.contentType(ContentType.APPLICATION_JSON).result(Json.MAPPER.writeValueAsBytes(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the answer cannot be written as JSON", e);
        }
    }
}
