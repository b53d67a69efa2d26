package se.precheck.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.precheck.auth.AuthConfig;
import se.precheck.auth.EntraTokenValidator;
import se.precheck.auth.TokenValidator;
import com.microsoft.aad.msal4j.IClientCredential;
import se.precheck.graph.GraphGateway;
import se.precheck.graph.MicrosoftGraphGateway;
import se.precheck.graph.MsalOnBehalfOf;

/**
 * The service's settings. Each comes from an environment variable, else from {@code precheck.yaml},
 * else a default that works on a fresh machine (dev mode). The README lists every key.
 *
 * @param authMode     "dev" (no Microsoft account, fixed dev user) or "entra"
 * @param maxBodyBytes requests with a larger body get 413
 */
public record ServerConfig(String host, int port, long maxBodyBytes, String authMode, String clientId, String publicUrl,
                           String appIdUri, Set<String> tenants, String authority, GraphSettings graph, OfficerSettings officer) {

    /** The settings without the security officer's (policy file, statistics database, incidents, admin role). */
    public ServerConfig(String host, int port, long maxBodyBytes, String authMode, String clientId, String publicUrl,
                        String appIdUri, Set<String> tenants, String authority, GraphSettings graph) {
        this(host, port, maxBodyBytes, authMode, clientId, publicUrl, appIdUri, tenants, authority, graph, OfficerSettings.NONE);
    }

    /**
     * What the security officer sets: the municipality's policy file, the statistics database
     * (embedded file unless a JDBC URL is given), the incident mailbox and the admin role.
     */
    public record OfficerSettings(String policyFile, String dbUrl, String dbUser, String dbPassword,
                                  String incidentMailbox, String adminRole) {

        public static final String DEFAULT_DB_URL = "jdbc:h2:file:./data/precheck-stats";
        static final OfficerSettings NONE = new OfficerSettings("", "", "", "", "", "");

        public OfficerSettings {
            policyFile = policyFile == null ? "" : policyFile;
            dbUrl = dbUrl == null ? "" : dbUrl;
            dbUser = dbUser == null ? "" : dbUser;
            dbPassword = dbPassword == null ? "" : dbPassword;
            incidentMailbox = incidentMailbox == null ? "" : incidentMailbox;
            adminRole = adminRole == null ? "" : adminRole;
        }

        public OfficerSettings withPolicyFile(String file) {
            return new OfficerSettings(file, dbUrl, dbUser, dbPassword, incidentMailbox, adminRole);
        }

        public OfficerSettings withDatabase(String url, String user, String password) {
            return new OfficerSettings(policyFile, url, user, password, incidentMailbox, adminRole);
        }

        public OfficerSettings withIncidentMailbox(String mailbox) {
            return new OfficerSettings(policyFile, dbUrl, dbUser, dbPassword, mailbox, adminRole);
        }

        public OfficerSettings withAdminRole(String role) {
            return new OfficerSettings(policyFile, dbUrl, dbUser, dbPassword, incidentMailbox, role);
        }

        /** Never print the database password or user. */
        @Override
        public String toString() {
            return "OfficerSettings[policyFile=" + policyFile + ", database=" + (dbUrl.isBlank() ? "embedded" : "configured")
                    + ", incidentMailbox=" + !incidentMailbox.isBlank() + ", adminRole=" + adminRole + "]";
        }
    }

    /**
     * How the service reaches Microsoft Graph on the user's behalf: a client secret, or a PKCS#12
     * certificate (preferred in production), and Graph's base URL.
     */
    public record GraphSettings(String clientSecret, String certificatePath, String certificatePassword, String baseUrl) {

        static final GraphSettings NONE = new GraphSettings("", "", "", MicrosoftGraphGateway.DEFAULT_BASE_URL);

        boolean configured() {
            return !clientSecret.isBlank() || !certificatePath.isBlank();
        }

        /** Never print the secret or the certificate password. */
        @Override
        public String toString() {
            return "GraphSettings[configured=" + configured() + ", baseUrl=" + baseUrl + "]";
        }
    }

    public static final long DEFAULT_MAX_BODY = 1_048_576;

    /** One setting: its environment variable, its key in precheck.yaml, its default. */
    record Key(String env, String yaml, String defaultValue) {
    }

    static final Key HOST = new Key("PRECHECK_HOST", "host", "0.0.0.0");
    static final Key PORT = new Key("PRECHECK_PORT", "port", "8080");
    static final Key MAX_BODY = new Key("PRECHECK_MAX_BODY_BYTES", "maxBodyBytes", String.valueOf(DEFAULT_MAX_BODY));
    static final Key AUTH_MODE = new Key("PRECHECK_AUTH_MODE", "authMode", "");
    static final Key CLIENT_ID = new Key("PRECHECK_CLIENT_ID", "clientId", "");
    static final Key PUBLIC_URL = new Key("PRECHECK_PUBLIC_URL", "publicUrl", "");
    static final Key APP_ID_URI = new Key("PRECHECK_APP_ID_URI", "appIdUri", "");
    static final Key TENANTS = new Key("PRECHECK_TENANTS", "tenants", "");
    static final Key AUTHORITY = new Key("PRECHECK_AUTHORITY", "authority", AuthConfig.DEFAULT_AUTHORITY);
    static final Key CLIENT_SECRET = new Key("PRECHECK_CLIENT_SECRET", "clientSecret", "");
    static final Key CLIENT_CERTIFICATE = new Key("PRECHECK_CLIENT_CERTIFICATE", "clientCertificate", "");
    static final Key CLIENT_CERTIFICATE_PASSWORD = new Key("PRECHECK_CLIENT_CERTIFICATE_PASSWORD", "clientCertificatePassword", "");
    static final Key GRAPH_URL = new Key("PRECHECK_GRAPH_URL", "graphUrl", MicrosoftGraphGateway.DEFAULT_BASE_URL);
    static final Key POLICY_FILE = new Key("PRECHECK_POLICY", "policy", "");
    static final Key DB_URL = new Key("PRECHECK_DB_URL", "dbUrl", "");
    static final Key DB_USER = new Key("PRECHECK_DB_USER", "dbUser", "");
    static final Key DB_PASSWORD = new Key("PRECHECK_DB_PASSWORD", "dbPassword", "");
    static final Key INCIDENT_MAILBOX = new Key("PRECHECK_INCIDENT_MAILBOX", "incidentMailbox", "");
    static final Key ADMIN_ROLE = new Key("PRECHECK_ADMIN_ROLE", "adminRole", "");
    static final Key CONFIG_FILE = new Key("PRECHECK_CONFIG", "", "precheck.yaml");

    public ServerConfig {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("PRECHECK_PORT måste vara 0–65535");
        if (maxBodyBytes < 1) throw new IllegalArgumentException("PRECHECK_MAX_BODY_BYTES måste vara positivt");
        if (!authMode.equals("dev") && !authMode.equals("entra")) {
            throw new IllegalArgumentException("PRECHECK_AUTH_MODE måste vara dev eller entra");
        }
        tenants = tenants == null ? Set.of() : Set.copyOf(tenants);
        graph = graph == null ? GraphSettings.NONE : graph;
        officer = officer == null ? OfficerSettings.NONE : officer;
    }

    public ServerConfig withOfficer(OfficerSettings settings) {
        return new ServerConfig(host, port, maxBodyBytes, authMode, clientId, publicUrl, appIdUri, tenants, authority, graph, settings);
    }

    /** Dev settings on the given port, for tests and local use. */
    public static ServerConfig dev(int port) {
        return new ServerConfig("127.0.0.1", port, DEFAULT_MAX_BODY, "dev", "", "", "", Set.of(), AuthConfig.DEFAULT_AUTHORITY, GraphSettings.NONE);
    }

    public boolean devMode() {
        return authMode.equals("dev");
    }

    public ServerConfig withMaxBodyBytes(long max) {
        return new ServerConfig(host, port, max, authMode, clientId, publicUrl, appIdUri, tenants, authority, graph, officer);
    }

    /** Entra mode on the given port, for tests against an identity-platform stand-in. */
    public static ServerConfig entra(int port, String clientId, Set<String> tenants, String authority) {
        return new ServerConfig("127.0.0.1", port, DEFAULT_MAX_BODY, "entra", clientId, "", "", tenants, authority, GraphSettings.NONE);
    }

    /** The token validator these settings ask for: the dev user, or Entra ID validation. */
    public TokenValidator tokenValidator() {
        return tokenValidator(Set::of);
    }

    /** @param policyTenants tenants the policy file allows besides PRECHECK_TENANTS (read on every token, so a reload counts) */
    public TokenValidator tokenValidator(java.util.function.Supplier<Set<String>> policyTenants) {
        return devMode() ? TokenValidator.dev()
                : new EntraTokenValidator(new AuthConfig(clientId, appIdUri, tenants, authority), policyTenants);
    }

    /**
     * The admin pages' browser sign-in (authorisation code with PKCE): in entra mode when a client
     * secret or certificate is configured, else null (the admin pages then need a bearer token).
     */
    public se.precheck.auth.AdminSignIn adminSignIn(EntraTokenValidator validator) {
        if (devMode() || !graph.configured() || validator == null) {
            return null;
        }
        // One tenant: its own sign-in page; several (guests from a partner tenant): any work account, then the allow-list.
        String tenant = tenants.size() == 1 ? tenants.iterator().next() : "organizations";
        return new se.precheck.auth.AdminSignIn(clientId, credential(), authority + "/" + tenant + "/", null, apiScope(), validator);
    }

    /** The API's scope: the application ID URI (configured, else {@code api://<public host>/<client id>}) + /access_as_user. */
    String apiScope() {
        String uri = appIdUri;
        if (uri.isBlank()) {
            String host = publicUrl.isBlank() ? "" : java.net.URI.create(publicUrl).getHost();
            uri = host == null || host.isBlank() ? "api://" + clientId : "api://" + host + "/" + clientId;
        }
        return uri + "/" + AuthConfig.SCOPE;
    }

    private IClientCredential credential() {
        return graph.clientSecret().isBlank()
                ? MsalOnBehalfOf.certificate(Path.of(graph.certificatePath()), graph.certificatePassword())
                : MsalOnBehalfOf.secret(graph.clientSecret());
    }

    /** Graph on behalf of the user when a secret or certificate is configured; in dev mode a fixed profile. */
    public GraphGateway graphGateway() {
        if (devMode()) {
            return GraphGateway.dev();
        }
        if (!graph.configured()) {
            return GraphGateway.unconfigured();
        }
        String tenant = tenants.stream().sorted().findFirst().orElseThrow();
        IClientCredential credential = graph.clientSecret().isBlank()
                ? MsalOnBehalfOf.certificate(Path.of(graph.certificatePath()), graph.certificatePassword())
                : MsalOnBehalfOf.secret(graph.clientSecret());
        String tenantAuthority = authority + "/" + tenant + "/";
        // On behalf of the user for the profile and a report's first mail; the service's own token
        // (application permission Mail.Send) for reports mailed later, when the user's token is gone.
        return new MicrosoftGraphGateway(new MsalOnBehalfOf(clientId, credential, tenantAuthority, null),
                new se.precheck.graph.MsalClientCredentials(clientId, credential, tenantAuthority, null), graph.baseUrl());
    }

    /** Reads the environment and, when it exists, the YAML file named by PRECHECK_CONFIG. */
    public static ServerConfig load(Map<String, String> env) {
        Path file = Path.of(env.getOrDefault(CONFIG_FILE.env(), CONFIG_FILE.defaultValue()));
        JsonNode yaml = readYaml(file);
        List<String> problems = new ArrayList<>();
        String host = value(HOST, env, yaml);
        int port = (int) number(PORT, env, yaml, problems);
        long maxBody = number(MAX_BODY, env, yaml, problems);
        String clientId = value(CLIENT_ID, env, yaml);
        String mode = value(AUTH_MODE, env, yaml);
        if (mode.isBlank()) {
            mode = clientId.isBlank() ? "dev" : "entra";
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        Set<String> tenants = Arrays.stream(value(TENANTS, env, yaml).split("[,\\s]+"))
                .filter(t -> !t.isBlank()).collect(Collectors.toSet());
        return new ServerConfig(host, port, maxBody, mode, clientId, value(PUBLIC_URL, env, yaml),
                value(APP_ID_URI, env, yaml), tenants, value(AUTHORITY, env, yaml),
                new GraphSettings(value(CLIENT_SECRET, env, yaml), value(CLIENT_CERTIFICATE, env, yaml),
                        value(CLIENT_CERTIFICATE_PASSWORD, env, yaml), value(GRAPH_URL, env, yaml)),
                new OfficerSettings(resolve(file, value(POLICY_FILE, env, yaml)), value(DB_URL, env, yaml),
                        value(DB_USER, env, yaml), value(DB_PASSWORD, env, yaml),
                        value(INCIDENT_MAILBOX, env, yaml), value(ADMIN_ROLE, env, yaml)));
    }

    /** A policy file named in precheck.yaml is relative to that file's folder. */
    private static String resolve(Path configFile, String policyFile) {
        if (policyFile.isBlank() || Path.of(policyFile).isAbsolute()) return policyFile;
        Path dir = configFile.toAbsolutePath().getParent();
        return dir == null ? policyFile : dir.resolve(policyFile).normalize().toString();
    }

    static String value(Key key, Map<String, String> env, JsonNode yaml) {
        String fromEnv = env.get(key.env());
        if (fromEnv != null && !fromEnv.isBlank()) return fromEnv.trim();
        JsonNode node = yaml.get(key.yaml());
        if (node != null && !node.isNull()) return node.asText().trim();
        return key.defaultValue();
    }

    static long number(Key key, Map<String, String> env, JsonNode yaml, List<String> problems) {
        String v = value(key, env, yaml);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            problems.add(key.env() + " ska vara ett heltal, inte '" + v + "'");
            return 1;
        }
    }

    static JsonNode readYaml(Path file) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        if (!Files.isRegularFile(file)) {
            return mapper.createObjectNode();
        }
        try {
            JsonNode node = mapper.readTree(file.toFile());
            return node == null || !node.isObject() ? mapper.createObjectNode() : node;
        } catch (IOException e) {
            throw new IllegalArgumentException("Konfigurationsfilen " + file + " går inte att läsa: " + e.getClass().getSimpleName());
        }
    }
}
