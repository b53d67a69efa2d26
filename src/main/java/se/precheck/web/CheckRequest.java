package se.precheck.web;

import java.util.Locale;
import java.util.Set;
import se.precheck.policy.Localized;

/** The body of {@code POST /api/check}. */
record CheckRequest(String text, String host, String locale) {

    private static final Set<String> HOSTS = Set.of("word", "outlook", "browser");

    /** Checks the request and fills defaults; refuses what cannot be checked. */
    CheckRequest validated() {
        return new CheckRequest(requireText(text), host(host), Localized.language(locale));
    }

    static String requireText(String text) {
        if (text == null) {
            throw new ApiException(400, "missing_text", "Fältet \"text\" saknas. Skicka texten som ska kontrolleras.");
        }
        if (text.isBlank()) {
            throw new ApiException(400, "blank_text", "Texten är tom. Markera den text du vill kontrollera.");
        }
        return text;
    }

    static String host(String host) {
        String h = host == null || host.isBlank() ? "browser" : host.trim().toLowerCase(Locale.ROOT);
        if (!HOSTS.contains(h)) {
            throw new ApiException(400, "invalid_host", "Okänt värde för \"host\". Tillåtna värden: word, outlook, browser.");
        }
        return h;
    }
}
