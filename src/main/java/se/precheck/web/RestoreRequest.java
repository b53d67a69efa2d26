package se.precheck.web;

import java.util.List;
import se.precheck.redact.MappingEntry;

/** The body of {@code POST /api/restore}. */
record RestoreRequest(String text, List<MappingEntry> mapping) {

    RestoreRequest validated() {
        if (text == null) {
            throw new ApiException(400, "missing_text", "Fältet \"text\" saknas. Skicka texten som ska återställas.");
        }
        if (mapping == null) {
            throw new ApiException(400, "missing_mapping", "Fältet \"mapping\" saknas. Skicka den mappning du fick vid maskeringen.");
        }
        return this;
    }
}
