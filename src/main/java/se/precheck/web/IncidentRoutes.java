package se.precheck.web;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.precheck.graph.GraphException;
import se.precheck.graph.GraphGateway;
import se.precheck.graph.IncidentMail;
import se.precheck.graph.IncidentResender;
import se.precheck.graph.OutgoingMail;
import se.precheck.stats.Incident;
import se.precheck.stats.IncidentLog;
import se.precheck.stats.StatsStore;

/**
 * {@code POST /api/incident}: the report is saved, then mailed as the user through Graph (on behalf
 * of the user) to the configured mailbox. When that fails (Graph unreachable, throttled, the token
 * refused) the report stays saved and the {@link IncidentResender} mails it later as the service
 * itself, from the incident mailbox (application permission Mail.Send), since the user's token is
 * gone by then.
 */
final class IncidentRoutes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentRoutes.class);
    static final DateTimeFormatter TIME = IncidentMail.TIME;
    private static final int RETRY_BATCH = 20;
    /** How long the request that made a report holds it before a resender may take it. */
    static final Duration REQUEST_LEASE = Duration.ofMinutes(2);

    private final ServerConfig config;
    private final IncidentLog log;
    private final GraphGateway graph;
    private final Clock clock;
    /** Null when there is no mailbox or no application permission: then the admin page's button sends as the officer. */
    private final IncidentResender resender;

    IncidentRoutes(ServerConfig config, StatsStore stats, GraphGateway graph, Clock clock) {
        this(config, stats, graph, clock, IncidentResender.Settings.DEFAULT);
    }

    IncidentRoutes(ServerConfig config, StatsStore stats, GraphGateway graph, Clock clock, IncidentResender.Settings settings) {
        this.config = config;
        this.log = stats.incidents();
        this.graph = graph;
        this.clock = clock;
        String mailbox = config.officer().incidentMailbox();
        this.resender = mailbox.isBlank() || !graph.canSendAsService() ? null
                : new IncidentResender(log, incident -> graph.sendMailAsService(mailbox, IncidentMail.of(incident, mailbox, true)), clock, settings);
    }

    /** Starts the resender (when the server starts). */
    void start() {
        if (resender != null) resender.start();
    }

    /** Stops the resender (when the server stops). */
    @Override
    public void close() {
        if (resender != null) resender.close();
    }

    IncidentResender resender() {
        return resender;
    }

    void report(Context ctx) {
        IncidentRequest request = JsonBody.read(ctx, IncidentRequest.class, config.maxBodyBytes()).validated();
        String mailbox = config.officer().incidentMailbox();
        Incident incident = new Incident(UUID.randomUUID().toString(), clock.instant(), request.category(), request.what(),
                request.contact(), request.pastedText(), mailbox.isBlank() ? "no_mailbox" : "pending");
        // Held by this request while it tries to mail as the user, so no resender mails it at the same time.
        String claimant = "request-" + incident.id();
        try {
            log.save(incident, mailbox.isBlank() ? null : claimant, mailbox.isBlank() ? null : clock.instant().plus(REQUEST_LEASE));
        } catch (SQLException e) {
            LOG.warn("incident not saved: {}", e.getClass().getName());
            throw new ApiException(503, "incident_not_saved",
                    "Rapporten kunde inte sparas just nu. Försök igen om en stund, eller kontakta IT-supporten direkt.");
        }
        String status = incident.mailStatus();
        if (!mailbox.isBlank()) {
            status = mailAsUser(ApiRoutes.bearerToken(ctx), incident, mailbox, claimant);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", incident.id());
        answer.put("mailStatus", status);
        answer.put("message", switch (status) {
            case "sent" -> "Tack! Rapporten är sparad och skickad till " + mailbox + ".";
            case "pending" -> "Tack! Rapporten är sparad. Den kunde inte skickas med e-post just nu och skickas automatiskt senare.";
            default -> "Tack! Rapporten är sparad. Informationssäkerhetsansvarig ser den på administrationssidan.";
        });
        ctx.status(201).json(answer);
    }

    /** The report's first attempt, as the user; "sent" or "pending" (then the resender takes it). */
    private String mailAsUser(String userToken, Incident incident, String mailbox, String claimant) {
        try {
            graph.sendMail(userToken, IncidentMail.of(incident, mailbox, false));
        } catch (GraphException e) {
            LOG.info("incident {} not mailed yet: {}", incident.id(), e.reason());
            try {
                log.release(incident.id(), claimant, e.reason().name());
            } catch (SQLException notReleased) {
                // The lease runs out by itself and the resender takes the report then.
                LOG.warn("incident {} not handed to the resender: {}", incident.id(), notReleased.getClass().getName());
            }
            if (resender != null) resender.wakeUp();
            return "pending";
        }
        try {
            log.markSent(incident.id(), clock.instant());
        } catch (SQLException e) {
            // Mailed, but the database did not take the mark: the resender may mail it once more after the lease.
            LOG.warn("incident {} mailed, status not saved: {}", incident.id(), e.getClass().getName());
        }
        return "sent";
    }

    /**
     * Reports waiting for mail, sent now (the admin page's button): first by the resender as the
     * service, when it runs; what is still waiting then (no application permission for the mailbox)
     * as the officer who pressed the button, on behalf of their token.
     *
     * @return how many were mailed
     */
    int sendWaiting(String userToken, String mailbox) {
        int sent = 0;
        if (resender != null) {
            try {
                sent += resender.sendNow().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return sent;
            } catch (ExecutionException | TimeoutException e) {
                LOG.warn("waiting incidents not sent by the resender: {}", e.getClass().getName());
            }
        }
        String claimant = "officer-" + UUID.randomUUID();
        try {
            for (Incident waiting : log.waitingForMail(RETRY_BATCH)) {
                var claimed = log.claim(waiting.id(), claimant, clock.instant(), clock.instant().plus(REQUEST_LEASE));
                if (claimed.isEmpty()) continue;
                try {
                    graph.sendMail(userToken, IncidentMail.of(waiting, mailbox, true));
                } catch (GraphException e) {
                    log.release(waiting.id(), claimant, e.reason().name());
                    break;
                }
                log.markSent(waiting.id(), clock.instant());
                sent++;
            }
        } catch (SQLException e) {
            LOG.warn("waiting incidents not read: {}", e.getClass().getName());
        }
        return sent;
    }

    static OutgoingMail mailFor(Incident incident, String mailbox) {
        return IncidentMail.of(incident, mailbox, false);
    }
}
