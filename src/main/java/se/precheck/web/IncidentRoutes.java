package se.precheck.web;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.precheck.graph.GraphException;
import se.precheck.graph.GraphGateway;
import se.precheck.graph.OutgoingMail;
import se.precheck.stats.Incident;
import se.precheck.stats.IncidentLog;
import se.precheck.stats.StatsStore;

/**
 * {@code POST /api/incident}: the report is saved, then mailed as the user through Graph to the
 * configured mailbox. When Graph cannot be reached the report stays saved and is mailed later (by
 * the next successful report or the admin page).
 */
final class IncidentRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentRoutes.class);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int RETRY_BATCH = 20;

    private final ServerConfig config;
    private final IncidentLog log;
    private final GraphGateway graph;
    private final Clock clock;

    IncidentRoutes(ServerConfig config, StatsStore stats, GraphGateway graph, Clock clock) {
        this.config = config;
        this.log = stats.incidents();
        this.graph = graph;
        this.clock = clock;
    }

    void report(Context ctx) {
        IncidentRequest request = JsonBody.read(ctx, IncidentRequest.class, config.maxBodyBytes()).validated();
        String mailbox = config.officer().incidentMailbox();
        Incident incident = new Incident(UUID.randomUUID().toString(), clock.instant(), request.category(), request.what(),
                request.contact(), request.pastedText(), mailbox.isBlank() ? "no_mailbox" : "pending");
        try {
            log.save(incident);
        } catch (SQLException e) {
            LOG.warn("incident not saved: {}", e.getClass().getName());
            throw new ApiException(503, "incident_not_saved",
                    "Rapporten kunde inte sparas just nu. Försök igen om en stund, eller kontakta IT-supporten direkt.");
        }
        String status = incident.mailStatus();
        if (!mailbox.isBlank()) {
            String token = ApiRoutes.bearerToken(ctx);
            status = mail(token, incident, mailbox);
            if (status.equals("sent")) sendWaiting(token, mailbox);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", incident.id());
        answer.put("mailStatus", status);
        answer.put("message", switch (status) {
            case "sent" -> "Tack! Rapporten är sparad och skickad till " + mailbox + ".";
            case "pending" -> "Tack! Rapporten är sparad. Den kunde inte skickas med e-post just nu och skickas senare.";
            default -> "Tack! Rapporten är sparad. Informationssäkerhetsansvarig ser den på administrationssidan.";
        });
        ctx.status(201).json(answer);
    }

    /** Mails one report as the user; "sent" or "pending". */
    String mail(String userToken, Incident incident, String mailbox) {
        try {
            graph.sendMail(userToken, mailFor(incident, mailbox));
            log.setMailStatus(incident.id(), "sent");
            return "sent";
        } catch (GraphException e) {
            LOG.info("incident {} not mailed yet: {}", incident.id(), e.reason());
            return "pending";
        } catch (SQLException e) {
            LOG.warn("incident {} mailed, status not saved: {}", incident.id(), e.getClass().getName());
            return "sent";
        }
    }

    /** Reports saved while Graph was unreachable, mailed now that it answers. */
    int sendWaiting(String userToken, String mailbox) {
        int sent = 0;
        try {
            List<Incident> waiting = log.waitingForMail(RETRY_BATCH);
            for (Incident i : waiting) {
                if (!mail(userToken, i, mailbox).equals("sent")) break;
                sent++;
            }
        } catch (SQLException e) {
            LOG.warn("waiting incidents not read: {}", e.getClass().getName());
        }
        return sent;
    }

    static OutgoingMail mailFor(Incident incident, String mailbox) {
        StringBuilder body = new StringBuilder();
        body.append("En incident har rapporterats via Kontrollera före Copilot.\n\n");
        body.append("Kategori: ").append(incident.categoryLabel()).append('\n');
        body.append("Rapporterad: ").append(TIME.format(ZonedDateTime.ofInstant(incident.reportedAt(), StatsStore.ZONE))).append('\n');
        body.append("Rapport-id: ").append(incident.id()).append("\n\n");
        body.append("Vad hände:\n").append(incident.whatHappened()).append("\n\n");
        body.append("Kontakt: ").append(incident.contact().isEmpty() ? "(ingen angiven)" : incident.contact()).append('\n');
        if (incident.hasPastedText()) {
            body.append("\n--- TEXT SOM ANVÄNDAREN MEDVETET KLISTRADE IN I RAPPORTEN ---\n")
                    .append(incident.pastedText())
                    .append("\n--- SLUT PÅ INKLISTRAD TEXT ---\n");
        } else {
            body.append("\nIngen dokumenttext bifogas.\n");
        }
        return new OutgoingMail(List.of(mailbox), "Incidentrapport: " + incident.categoryLabel(), body.toString());
    }
}
