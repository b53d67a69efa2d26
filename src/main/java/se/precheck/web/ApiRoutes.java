package se.precheck.web;

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
import se.precheck.policy.Policy;
import se.precheck.redact.Redaction;
import se.precheck.redact.Redactor;

/** The JSON API. Each handler parses, calls the engine and answers; nothing else. */
final class ApiRoutes {

    private final ServerConfig config;
    private final Supplier<Policy> policy;
    private final GraphGateway graph;
    private final Engine engine;
    private final CheckGuard guard;

    ApiRoutes(ServerConfig config, Supplier<Policy> policy, GraphGateway graph, Engine engine, CheckGuard guard) {
        this.config = config;
        this.policy = policy;
        this.graph = graph;
        this.engine = engine;
        this.guard = guard;
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

    private static String bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        return header == null ? "" : header.replaceFirst("(?i)^Bearer +", "").trim();
    }

    void check(Context ctx) {
        CheckRequest request = JsonBody.read(ctx, CheckRequest.class, config.maxBodyBytes()).validated();
        Policy p = policy.get();
        // Within the time budget, or 503 check_timeout: never a partial answer.
        CheckReport report = guard.run(() -> CheckReport.of(engine.analyze(request.text(), p), p, request.locale()));
        ctx.json(report);
    }

    void redact(Context ctx) {
        RedactRequest request = JsonBody.read(ctx, RedactRequest.class, config.maxBodyBytes()).validated();
        Policy p = policy.get();
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
        ctx.json(response);
    }

    void restore(Context ctx) {
        RestoreRequest request = JsonBody.read(ctx, RestoreRequest.class, config.maxBodyBytes()).validated();
        String restored = guard.run(() -> Redactor.restore(request.text(), request.mapping()));
        ctx.json(Map.of("text", restored));
    }
}
