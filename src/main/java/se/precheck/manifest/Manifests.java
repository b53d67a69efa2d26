package se.precheck.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The add-in's manifests and event-runtime files, filled from templates on the classpath
 * ({@code manifest/*}, {@code static/launchevent.*}, {@code static/icons/*}). The single entry point of
 * this package: the web routes and the {@code manifest} command both call it.
 */
public final class Manifests {

    /** Paths on the service; the manifests point at these. */
    public static final String UNIFIED_PATH = "/manifest/manifest.json";
    public static final String PACKAGE_PATH = "/manifest/app-package.zip";
    public static final String WORD_PATH = "/manifest/word.xml";
    public static final String OUTLOOK_PATH = "/manifest/outlook.xml";
    public static final String EVENT_PAGE_PATH = "/events/launchevent.html";
    public static final String EVENT_SCRIPT_PATH = "/events/launchevent.js";
    public static final String ALLOWED_PATH = "/.well-known/microsoft-officeaddins-allowed.json";

    /** Ribbon and add-in icons served from static/icons/, by size in pixels. */
    public static final List<Integer> ICON_SIZES = List.of(16, 20, 24, 32, 40, 48, 64, 80, 128);

    /** The marker the task pane puts on inserted Copilot text; launchevent.js warns when a draft holds it. */
    public static final String AI_DRAFT_MARKER = "AI-utkast – ej granskat";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String SSO_START = "<!--IF SSO-->\n";
    private static final String SSO_END = "<!--END SSO-->\n";

    private Manifests() {
    }

    /** The unified manifest for Microsoft 365 (one app for Word and Outlook). */
    public static String unified(ManifestOptions o) {
        String filled = fill(resource("manifest/manifest.json"), o, Manifests::jsonEscape);
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(filled);
            if (!o.sso()) {
                root.remove("webApplicationInfo");
            }
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("manifest/manifest.json is not valid JSON after filling", e);
        }
    }

    /** The English strings of the unified manifest (the package's en-US.json). */
    public static String unifiedEnglish() {
        return resource("manifest/en-US.json");
    }

    /** The add-in-only manifest for Word (TaskPaneApp). */
    public static String word(ManifestOptions o) {
        return xml("manifest/word.xml", o);
    }

    /** The add-in-only manifest for Outlook (MailApp, with the OnMessageSend event). */
    public static String outlook(ManifestOptions o) {
        return xml("manifest/outlook.xml", o);
    }

    /** The app package to upload in the admin center: manifest.json, en-US.json and the two app icons. */
    public static byte[] appPackage(ManifestOptions o) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("manifest.json", unified(o).getBytes(StandardCharsets.UTF_8));
        entries.put("en-US.json", unifiedEnglish().getBytes(StandardCharsets.UTF_8));
        entries.put("color.png", bytes("static/icons/color.png"));
        entries.put("outline.png", bytes("static/icons/outline.png"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(0L); // the same options give the same bytes
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The Smart Alerts handler with the service's URL and the send mode filled in, and every non-ASCII
     * character written as a {@code \\uXXXX} escape, so that no runtime can misread its Swedish texts
     * whatever encoding it assumes.
     */
    public static String launchEventScript(ManifestOptions o) {
        String js = resource("static/launchevent.js")
                .replace("\"__PRECHECK_SERVICE_URL__\"", quote(o.baseUrl()))
                .replace("\"__PRECHECK_SEND_MODE__\"", quote(o.sendMode().json));
        StringBuilder ascii = new StringBuilder(js.length() + 256);
        for (int i = 0; i < js.length(); i++) {
            char c = js.charAt(i);
            if (c < 128) {
                ascii.append(c);
            } else {
                ascii.append(String.format("\\u%04x", (int) c));
            }
        }
        return ascii.toString();
    }

    /** The page new Outlook and Outlook on the web load for the event: office.js, then the handler. */
    public static String launchEventPage() {
        return resource("static/launchevent.html");
    }

    /** What classic Outlook on Windows reads before it lets the event handler use SSO or call the service. */
    public static String allowedJson(ManifestOptions o) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("allowed").add(o.url(EVENT_SCRIPT_PATH));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every manifest and the app package into {@code dir}; returns the files written. */
    public static List<Path> writeAll(ManifestOptions o, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path unified = Files.writeString(dir.resolve("manifest.json"), unified(o), StandardCharsets.UTF_8);
        Path english = Files.writeString(dir.resolve("en-US.json"), unifiedEnglish(), StandardCharsets.UTF_8);
        Path zip = Files.write(dir.resolve("app-package.zip"), appPackage(o));
        Path word = Files.writeString(dir.resolve("word.xml"), word(o), StandardCharsets.UTF_8);
        Path outlook = Files.writeString(dir.resolve("outlook.xml"), outlook(o), StandardCharsets.UTF_8);
        return List.of(unified, english, zip, word, outlook);
    }

    /** A classpath resource as bytes (the icons); also for the routes. */
    static byte[] bytes(String path) {
        try (InputStream in = Manifests.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    private static String xml(String template, ManifestOptions o) {
        String text = resource(template);
        int start = text.indexOf(SSO_START);
        int end = text.indexOf(SSO_END);
        if (start < 0 || end < start) {
            throw new IllegalStateException(template + " lacks its SSO block");
        }
        text = o.sso()
                ? text.substring(0, start) + text.substring(start + SSO_START.length(), end) + text.substring(end + SSO_END.length())
                : text.substring(0, start) + text.substring(end + SSO_END.length());
        return fill(text, o, Manifests::xmlEscape);
    }

    private static String fill(String template, ManifestOptions o, java.util.function.UnaryOperator<String> escape) {
        Map<String, String> values = Map.of(
                "${BASE_URL}", o.baseUrl(),
                "${HOST}", o.host(),
                "${VERSION}", o.version(),
                "${XML_VERSION}", o.xmlVersion(),
                "${CLIENT_ID}", o.clientId(),
                "${RESOURCE}", o.sso() ? o.resource() : "",
                "${SEND_MODE}", o.sendMode().json,
                "${SEND_MODE_XML}", o.sendMode().xml);
        String out = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            out = out.replace(v.getKey(), escape.apply(v.getValue()));
        }
        if (out.contains("${")) {
            throw new IllegalStateException("unfilled placeholder in a manifest template");
        }
        return out;
    }

    private static String quote(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jsonEscape(String value) {
        String quoted = quote(value);
        return quoted.substring(1, quoted.length() - 1);
    }

    private static String xmlEscape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }

    /** For tests: the parsed unified manifest. */
    static JsonNode parse(String json) throws IOException {
        return JSON.readTree(json);
    }
}
