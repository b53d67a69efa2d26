package se.precheck.policy;

/** A text in Swedish (always present) and English (falls back to Swedish). */
public record Localized(String sv, String en) {

    public Localized {
        if (sv == null || sv.isBlank()) {
            throw new IllegalArgumentException("a Swedish text is required");
        }
    }

    public String in(String locale) {
        return "en".equals(locale) && en != null && !en.isBlank() ? en : sv;
    }
}
