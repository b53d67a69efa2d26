package se.precheck.web;

import se.precheck.policy.Localized;
import java.util.List;
import java.util.Map;
import se.precheck.redact.MappingEntry;

/** The body of {@code POST /api/redact}: the text, a choice per finding id, the mapping the client holds. */
record RedactRequest(String text, Map<String, String> choices, List<MappingEntry> mapping, String host, String locale) {

    RedactRequest validated() {
        return new RedactRequest(CheckRequest.requireText(text), choices == null ? Map.of() : choices,
                mapping == null ? List.of() : mapping, CheckRequest.host(host), Localized.language(locale));
    }
}
