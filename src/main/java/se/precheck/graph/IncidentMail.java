package se.precheck.graph;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.precheck.stats.Incident;
import se.precheck.stats.StatsStore;

/** The mail an incident report becomes: plain text, pasted document text only when the user pasted it, marked. */
public final class IncidentMail {

    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private IncidentMail() {
    }

    /**
     * @param later true when the service mails the report later from the incident mailbox itself
     *              (the reporter's own mail could not be sent; the reporter is not stored)
     */
    public static OutgoingMail of(Incident incident, String mailbox, boolean later) {
        StringBuilder body = new StringBuilder();
        body.append("En incident har rapporterats via Kontrollera före Copilot.\n\n");
        if (later) {
            body.append("Rapporten kunde inte skickas när den lämnades och skickas nu i efterhand av tjänsten.\n"
                    + "Avsändaren är därför inte den som rapporterade; tjänsten sparar inte vem det var.\n\n");
        }
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
