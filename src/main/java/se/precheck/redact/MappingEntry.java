package se.precheck.redact;

/** One reversible replacement: what now stands in the text, and what stood there before. */
public record MappingEntry(String placeholder, String original, String category) {

    public MappingEntry {
        if (placeholder == null || placeholder.isBlank() || original == null || category == null) {
            throw new IllegalArgumentException("placeholder, original and category are required");
        }
    }
}
