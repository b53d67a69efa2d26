package se.precheck.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import se.precheck.auth.AdminSignIn;
import se.precheck.graph.GraphGateway;
import se.precheck.graph.IncidentResender;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyStatus;
import se.precheck.stats.StatsStore;

/**
 * What the web layer is given: the policy in force and its status, the statistics and incident
 * store, Microsoft Graph, the clock, how failed incident mails are sent again, and the admin
 * pages' browser sign-in.
 *
 * @param adminSignIn null: built from the settings (entra mode with a client secret or certificate)
 */
public record Services(Supplier<Policy> policy, Supplier<PolicyStatus> policyStatus, StatsStore stats,
                       GraphGateway graph, Clock clock, IncidentResender.Settings resend, AdminSignIn adminSignIn) {

    /** The given policy, no statistics, Graph as the settings ask for. */
    public static Services of(ServerConfig config, Supplier<Policy> policy) {
        return new Services(policy, () -> new PolicyStatus("default", "standardpolicyn", policy.get().version(), Instant.now(), List.of()),
                StatsStore.disabled(), config.graphGateway(), Clock.systemUTC(), IncidentResender.Settings.DEFAULT, null);
    }

    public Services withPolicyStatus(Supplier<PolicyStatus> status) {
        return new Services(policy, status, stats, graph, clock, resend, adminSignIn);
    }

    public Services withStats(StatsStore store) {
        return new Services(policy, policyStatus, store, graph, clock, resend, adminSignIn);
    }

    public Services withGraph(GraphGateway gateway) {
        return new Services(policy, policyStatus, stats, gateway, clock, resend, adminSignIn);
    }

    /** How incident mails that failed are sent again (tests use short delays). */
    public Services withResend(IncidentResender.Settings settings) {
        return new Services(policy, policyStatus, stats, graph, clock, settings, adminSignIn);
    }

    /** The admin pages' sign-in (tests pass one that reaches a loopback identity platform). */
    public Services withAdminSignIn(AdminSignIn signIn) {
        return new Services(policy, policyStatus, stats, graph, clock, resend, signIn);
    }

    /** Another clock (tests move time forward to see sessions expire). */
    public Services withClock(Clock other) {
        return new Services(policy, policyStatus, stats, graph, other, resend, adminSignIn);
    }
}
