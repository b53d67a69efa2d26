package se.precheck.web;

import se.precheck.stats.IncidentCategories;

/**
 * The body of {@code POST /api/incident}: what happened, its kind, how to reach the reporter (if
 * they want) and text they pasted into the report on purpose (if any).
 */
record IncidentRequest(String what, String category, String contact, String pastedText) {

    static final int MAX_WHAT = 4000;
    static final int MAX_CONTACT = 200;
    static final int MAX_PASTED = 20_000;

    IncidentRequest validated() {
        if (what == null || what.isBlank()) {
            throw new ApiException(400, "missing_what", "Beskriv vad som hände i fältet \"what\".");
        }
        if (what.length() > MAX_WHAT) {
            throw new ApiException(400, "what_too_long", "Beskrivningen är för lång (högst " + MAX_WHAT + " tecken).");
        }
        if (category == null || !IncidentCategories.all().containsKey(category)) {
            throw new ApiException(400, "invalid_category", "Okänd kategori. Tillåtna värden: "
                    + String.join(", ", IncidentCategories.all().keySet()) + ".");
        }
        if (contact != null && contact.length() > MAX_CONTACT) {
            throw new ApiException(400, "contact_too_long", "Kontaktuppgiften är för lång (högst " + MAX_CONTACT + " tecken).");
        }
        if (pastedText != null && pastedText.length() > MAX_PASTED) {
            throw new ApiException(400, "pasted_text_too_long", "Den inklistrade texten är för lång (högst " + MAX_PASTED + " tecken).");
        }
        return new IncidentRequest(what.strip(), category, contact == null ? "" : contact.strip(),
                pastedText == null || pastedText.isBlank() ? "" : pastedText);
    }
}
