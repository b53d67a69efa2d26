package se.precheck.redact;

import java.util.List;

/** The redacted text and the full mapping the client keeps (what it sent plus what is new). */
public record Redaction(String text, List<MappingEntry> mapping) {

    public Redaction {
        mapping = List.copyOf(mapping);
    }
}
