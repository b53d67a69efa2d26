package se.precheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.precheck.web.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The task pane's page and bundles without a browser: CSP-clean markup, no test code, every message in both languages. */
class TaskPanePageTest {

    static PaneServer server;

    @BeforeAll
    static void start() {
        server = new PaneServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String get(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url(path))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void pageHasNoInlineScriptStyleOrHandlerAndNoTestCode() throws Exception {
        String html = get("/taskpane");
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).as("every script has a src").contains("src=");
        }
        assertThat(count).isEqualTo(7);
        assertThat(html).doesNotContainPattern("(?i)\\sstyle=").doesNotContainPattern("(?i)\\son[a-z]+=")
                .doesNotContain("<style").doesNotContain("office-fake").doesNotContain("msal-fake").doesNotContain("/fake/")
                .doesNotContain("??")
                .contains("https://appsforoffice.microsoft.com/lib/1/hosted/office.js")
                .contains("src=\"/static/vendor/msal-browser.min.js\"").contains("src=\"/static/naa.js\"");
        for (String file : new String[] {"naa.js", "api.js", "office-host.js", "render.js", "taskpane.js"}) {
            String js = get("/static/" + file);
            assertThat(js).as(file).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
                    .doesNotContain("eval(").doesNotContain("new Function").doesNotContain("document.write");
        }
    }

    /** MSAL is vendored (no CDN, no build step): the bundle, its licence and a README with the version. */
    @Test
    void vendoredMsalIsServedWithItsLicenceAndVersion() throws Exception {
        String bundle = get("/static/vendor/msal-browser.min.js");
        assertThat(bundle).startsWith("/*! @azure/msal-browser v4.30.0 ").contains("createNestablePublicClientApplication")
                .contains("InteractionRequiredAuthError");
        assertThat(Files.readString(Path.of("static/vendor/msal-browser.LICENSE"))).startsWith("MIT License")
                .contains("Copyright (c) Microsoft Corporation");
        assertThat(Files.readString(Path.of("static/vendor/README.md"))).contains("4.30.0").contains("msal-browser.LICENSE");
    }

    /** The client id and application ID URI reach the pane (for naa.js) as data attributes; dev mode has none. */
    @Test
    void clientIdAndAppIdUriArePassedToThePane() throws Exception {
        // Thymeleaf leaves an attribute out when its value is empty.
        assertThat(get("/taskpane")).doesNotContainPattern("data-client-id=\"[^\"]+\"").doesNotContainPattern("data-app-id-uri=\"[^\"]+\"");
        ServerConfig config = new ServerConfig("127.0.0.1", 0, ServerConfig.DEFAULT_MAX_BODY, "dev", TaskPaneNaaTest.CLIENT_ID, "",
                "api://precheck.example.se/" + TaskPaneNaaTest.CLIENT_ID, Set.of(), "https://login.microsoftonline.com", null);
        try (PaneServer configured = new PaneServer(config)) {
            String html = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(configured.url("/taskpane"))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            assertThat(html).contains("data-client-id=\"" + TaskPaneNaaTest.CLIENT_ID + "\"")
                    .contains("data-app-id-uri=\"api://precheck.example.se/" + TaskPaneNaaTest.CLIENT_ID + "\"");
        }
    }

    @Test
    void englishPageFromTheLocaleParameter() throws Exception {
        String html = get("/taskpane?locale=en");
        assertThat(html).contains("lang=\"en\"").contains(">Check<").contains("data-m-verdict-word-stop=\"Stop\"");
        assertThat(get("/taskpane")).contains("lang=\"sv\"").contains(">Kontrollera<").contains("data-m-verdict-word-stop=\"Stopp\"");
    }

    @Test
    void everyMessageExistsInEveryBundleAndEveryKeyTheScriptsUseIsPassed() throws Exception {
        Properties sv = load("i18n/messages_sv.properties");
        Properties en = load("i18n/messages_en.properties");
        Properties base = load("i18n/messages.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(sv.stringPropertyNames());
        assertThat(base.stringPropertyNames()).isEqualTo(sv.stringPropertyNames());

        String html = get("/taskpane");
        Set<String> passed = new TreeSet<>();
        Matcher m = Pattern.compile("data-m-([A-Za-z0-9-]+)=").matcher(html);
        while (m.find()) {
            passed.add(m.group(1).toLowerCase());
        }
        Set<String> used = new TreeSet<>();
        // Keys built at run time from a prefix and a value of the contract.
        for (String v : new String[] {"ok", "review", "stop"}) {
            used.add("verdict-" + v);
        }
        for (String v : new String[] {"ok", "review", "stop", "error"}) {
            used.add("verdict-word-" + v);
        }
        for (String v : new String[] {"selection", "document", "body", "textarea"}) {
            used.add("source-" + v);
        }
        for (String v : new String[] {"high", "medium", "low", "info"}) {
            used.add("severity-" + v);
        }
        for (String v : new String[] {"default", "replace", "pseudonym", "mask", "keep"}) {
            used.add("choice-" + v);
        }
        Pattern[] literal = {
            Pattern.compile("\\bt\\(\"([\\w-]+)\""),
            Pattern.compile("PrecheckError\\(\"([\\w-]+)\""),
            Pattern.compile(":\\s*\"(error-[\\w-]+)\""),
            Pattern.compile("busy\\([^,()]+,\\s*\"([\\w-]+)\""),
            Pattern.compile("\\bt\\(\\w+\\s*\\?\\s*\"([\\w-]+)\"\\s*:\\s*\"([\\w-]+)\"\\)")
        };
        for (Path js : Files.list(Path.of("static")).filter(p -> p.toString().endsWith(".js")).toList()) {
            String source = Files.readString(js);
            for (Pattern p : literal) {
                Matcher keys = p.matcher(source);
                while (keys.find()) {
                    for (int g = 1; g <= keys.groupCount(); g++) {
                        used.add(keys.group(g).toLowerCase());
                    }
                }
            }
        }
        assertThat(used).contains("error-toolarge", "error-sso-13001", "action-redacting", "review-inserteddraft");
        used.add("busy");
        used.removeIf(k -> k.endsWith("-")); // prefixes such as t("choice-" + c), listed above
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(passed);
        assertThat(missing).as("keys the scripts use but the page does not pass").isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TaskPanePageTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
