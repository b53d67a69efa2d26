package se.precheck.policy;

/** A text in Swedish (always present) and English (falls back to Swedish). */
public record Localized(String sv, String en) {

    public Localized {
        if (sv == null || sv.isBlank()) {
            throw new IllegalArgumentException("a Swedish text is required");
        }
    }

    /** The language a locale asks for: "en", "en-GB" → "en"; everything else → "sv", the product's first language. */
    public static String language(String locale) {
        return locale != null && locale.trim().toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "en" : "sv";
    }

    public String in(String locale) {
        return "en".equals(locale) && en != null && !en.isBlank() ? en : sv;
    }
}
