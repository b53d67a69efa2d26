package se.precheck.manifest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the manifests are filled with.
 *
 * @param baseUrl  the service's public origin, e.g. {@code https://precheck.kommun.se} (no trailing slash)
 * @param clientId the add-in's Entra application id; blank leaves SSO ({@code webApplicationInfo}) out
 * @param appIdUri the application ID URI; blank means {@code api://<host>/<clientId>}
 * @param version  the app's version, {@code major.minor.patch}; Office only installs an update with a higher one
 * @param sendMode the Smart Alerts send mode for {@code OnMessageSend}
 */
public record ManifestOptions(String baseUrl, String clientId, String appIdUri, String version, SendMode sendMode) {

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern SAFE_APP_ID_URI = Pattern.compile("[A-Za-z0-9:/._~%-]+");

    /** Environment variables read here in addition to the service's own settings. */
    public static final String SEND_MODE_ENV = "PRECHECK_SEND_MODE";
    public static final String VERSION_ENV = "PRECHECK_MANIFEST_VERSION";

    public ManifestOptions {
        baseUrl = origin(baseUrl);
        clientId = clientId == null ? "" : clientId.trim();
        if (!clientId.isEmpty() && !GUID.matcher(clientId).matches()) {
            throw new IllegalArgumentException("Klient-id ska vara ett GUID (Entra-appens Application (client) ID), inte '" + clientId + "'");
        }
        appIdUri = appIdUri == null ? "" : appIdUri.trim();
        if (!appIdUri.isEmpty() && !SAFE_APP_ID_URI.matcher(appIdUri).matches()) {
            throw new IllegalArgumentException("Application ID URI innehåller otillåtna tecken: '" + appIdUri + "'");
        }
        version = semver(version);
        sendMode = sendMode == null ? SendMode.SOFT_BLOCK : sendMode;
    }

    /**
     * The options the service serves with: its settings plus {@code PRECHECK_SEND_MODE} and
     * {@code PRECHECK_MANIFEST_VERSION} from the environment. The base URL may be blank: then each
     * request's own origin is used.
     */
    public static Template fromEnvironment(String publicUrl, String clientId, String appIdUri, String buildVersion,
                                           Map<String, String> env) {
        String version = env.getOrDefault(VERSION_ENV, "");
        return new Template(publicUrl == null ? "" : publicUrl.trim(), clientId, appIdUri,
                version.isBlank() ? buildVersion : version, SendMode.parse(env.get(SEND_MODE_ENV)));
    }

    /** Options before the base URL is known (it may come from each request). */
    public record Template(String publicUrl, String clientId, String appIdUri, String version, SendMode sendMode) {
        public Template {
            // Fail at startup, not on the first request, when a setting is malformed.
            new ManifestOptions("https://example.invalid", clientId, appIdUri, version, sendMode);
            if (!publicUrl.isBlank()) {
                origin(publicUrl);
            }
        }

        public ManifestOptions at(String requestOrigin) {
            return new ManifestOptions(publicUrl.isBlank() ? requestOrigin : publicUrl, clientId, appIdUri, version, sendMode);
        }
    }

    public boolean sso() {
        return !clientId.isEmpty();
    }

    /** The host (with port, if any) of the base URL. */
    public String host() {
        URI uri = URI.create(baseUrl);
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    /** The SSO resource: the configured application ID URI, else {@code api://<host>/<clientId>}. */
    public String resource() {
        return appIdUri.isEmpty() ? "api://" + host() + "/" + clientId : appIdUri;
    }

    /** The XML manifest's four-part version, e.g. {@code 0.1.0.0}. */
    public String xmlVersion() {
        return version + ".0";
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** An absolute http(s) URL reduced to its origin; anything else is refused. */
    static String origin(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("Tjänstens adress saknas (--base-url eller PRECHECK_PUBLIC_URL)");
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getRawUserInfo() != null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("Tjänstens adress ska vara en https-adress som https://precheck.kommun.se, inte '" + url + "'");
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            if (!path.isEmpty()) {
                throw new IllegalArgumentException("Tjänstens adress ska vara utan sökväg (tjänsten svarar på /taskpane, /api …): '" + url + "'");
            }
            return scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Tjänstens adress går inte att tolka: '" + url + "'");
        }
    }

    /** {@code 1.2.3} from {@code 1.2.3}, {@code 1.2.3-SNAPSHOT}, {@code 1.2}; {@code 0.0.0} from {@code dev}. */
    static String semver(String version) {
        String[] parts = (version == null ? "" : version.trim()).split("[^0-9.]", 2)[0].split("\\.");
        int[] n = new int[3];
        for (int i = 0; i < 3 && i < parts.length; i++) {
            n[i] = parts[i].isEmpty() ? 0 : Integer.parseInt(parts[i]);
        }
        return n[0] + "." + n[1] + "." + n[2];
    }
}
