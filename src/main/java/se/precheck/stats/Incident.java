package se.precheck.stats;

import java.time.Instant;

/**
 * An incident report as the user wrote it.
 *
 * @param category   a code from {@link IncidentCategories}
 * @param contact    how to reach the reporter, if they chose to give it; else empty
 * @param pastedText document text the user pasted into the report deliberately; else empty
 * @param mailStatus {@code sent}, {@code pending} (not mailed yet: the request's own attempt as the
 *                   user failed, and the incident resender mails it later as the service) or
 *                   {@code no_mailbox} (no mailbox configured); attempts, the next attempt and the last
 *                   failure's reason code are kept beside it in the database ({@link IncidentLog})
 */
public record Incident(String id, Instant reportedAt, String category, String whatHappened, String contact,
                       String pastedText, String mailStatus) {

    public Incident {
        contact = contact == null ? "" : contact;
        pastedText = pastedText == null ? "" : pastedText;
    }

    public boolean hasPastedText() {
        return !pastedText.isEmpty();
    }

    public String categoryLabel() {
        return IncidentCategories.all().getOrDefault(category, category);
    }

    public Incident withMailStatus(String status) {
        return new Incident(id, reportedAt, category, whatHappened, contact, pastedText, status);
    }
}
