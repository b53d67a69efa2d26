package se.precheck.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.precheck.cli.Main;

/** The unified manifest as served and as written by the command, against Microsoft's JSON schema v1.30. */
class UnifiedManifestTest {

    static final String PUBLIC_URL = "https://precheck.kommun.example";
    static ServiceUnderTest service;

    @BeforeAll
    static void start() {
        service = ServiceUnderTest.withPublicUrl(PUBLIC_URL);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void served_manifest_validates_against_the_schema() throws Exception {
        String json = service.getText(Manifests.UNIFIED_PATH);
        ManifestSchema.assertValidManifest(json);
    }

    @Test
    void the_validator_catches_a_broken_manifest() throws Exception {
        var m = (com.fasterxml.jackson.databind.node.ObjectNode) Manifests.parse(service.getText(Manifests.UNIFIED_PATH));
        m.put("manifestVersion", "1.29");
        m.remove("developer");
        ((com.fasterxml.jackson.databind.node.ObjectNode) m.at("/extensions/0/autoRunEvents/0/events/0/options")).put("sendMode", "maybe");
        List<String> errors = ManifestSchema.errors("MicrosoftTeams.schema.json", m.toString());
        assertThat(String.join("\n", errors)).contains("developer").contains("manifestVersion").contains("sendMode");
    }

    @Test
    void served_manifest_is_filled_with_the_public_url_client_id_and_version() throws Exception {
        JsonNode m = Manifests.parse(service.getText(Manifests.UNIFIED_PATH));
        assertThat(m.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(m.at("/webApplicationInfo/id").asText()).isEqualTo(ServiceUnderTest.CLIENT_ID);
        assertThat(m.at("/webApplicationInfo/resource").asText())
                .isEqualTo("api://precheck.kommun.example/" + ServiceUnderTest.CLIENT_ID);
        assertThat(m.at("/validDomains/0").asText()).isEqualTo("precheck.kommun.example");
        assertThat(m.at("/localizationInfo/defaultLanguageTag").asText()).isEqualTo("sv-SE");
        assertThat(m.at("/name/short").asText()).isEqualTo("Kontrollera före Copilot");
        assertThat(urls(m)).isNotEmpty().allMatch(u -> u.startsWith(PUBLIC_URL + "/"));
        assertThat(m.get("$schema").asText()).endsWith("/teams/v1.30/MicrosoftTeams.schema.json");
    }

    @Test
    void one_app_for_word_and_outlook_with_a_send_check() throws Exception {
        JsonNode ext = Manifests.parse(service.getText(Manifests.UNIFIED_PATH)).at("/extensions/0");
        assertThat(texts(ext.at("/requirements/scopes"))).containsExactlyInAnyOrder("document", "mail");

        JsonNode word = ext.at("/ribbons/0");
        assertThat(texts(word.at("/requirements/scopes"))).containsExactly("document");
        assertThat(word.at("/tabs/0/builtInTabId").asText()).isEqualTo("TabHome");
        assertThat(word.at("/tabs/0/groups/0/controls/0/label").asText()).isEqualTo("Kontrollera före Copilot");
        assertThat(word.at("/tabs/0/groups/0/controls/0/actionId").asText()).isEqualTo("ShowTaskPane");

        JsonNode outlook = ext.at("/ribbons/1");
        assertThat(texts(outlook.at("/contexts"))).containsExactly("mailCompose");
        assertThat(outlook.at("/tabs/0/groups/0/controls/0/id").asText()).isEqualTo("PrecheckComposeButton");

        JsonNode pane = ext.at("/runtimes/0");
        assertThat(pane.at("/code/page").asText()).isEqualTo(PUBLIC_URL + "/taskpane");
        assertThat(pane.at("/actions/0/id").asText()).isEqualTo("ShowTaskPane");

        JsonNode events = ext.at("/runtimes/1");
        assertThat(events.at("/lifetime").asText()).isEqualTo("short");
        assertThat(events.at("/code/page").asText()).isEqualTo(PUBLIC_URL + Manifests.EVENT_PAGE_PATH);
        assertThat(events.at("/code/script").asText()).isEqualTo(PUBLIC_URL + Manifests.EVENT_SCRIPT_PATH);
        assertThat(events.at("/actions/0/id").asText()).isEqualTo("onMessageSendHandler");

        JsonNode send = ext.at("/autoRunEvents/0/events/0");
        assertThat(send.at("/type").asText()).isEqualTo("messageSending");
        assertThat(send.at("/actionId").asText()).isEqualTo("onMessageSendHandler");
        assertThat(send.at("/options/sendMode").asText()).isEqualTo("softBlock");
    }

    @Test
    void send_mode_block_only_when_configured_and_no_sso_without_a_client_id() throws Exception {
        ManifestOptions block = new ManifestOptions(PUBLIC_URL, "", "", "1.2.3", SendMode.parse("block"));
        String json = Manifests.unified(block);
        ManifestSchema.assertValidManifest(json);
        JsonNode m = Manifests.parse(json);
        assertThat(m.at("/extensions/0/autoRunEvents/0/events/0/options/sendMode").asText()).isEqualTo("block");
        assertThat(m.has("webApplicationInfo")).isFalse();
        assertThat(m.get("version").asText()).isEqualTo("1.2.3");
        assertThat(Manifests.parse(Manifests.unified(new ManifestOptions(PUBLIC_URL, "", "", "1.2.3", null)))
                .at("/extensions/0/autoRunEvents/0/events/0/options/sendMode").asText()).isEqualTo("softBlock");
    }

    @Test
    void english_strings_validate_and_name_only_existing_elements() throws Exception {
        String en = Manifests.unifiedEnglish();
        ManifestSchema.assertValidLocalization(en);
        JsonNode manifest = Manifests.parse(service.getText(Manifests.UNIFIED_PATH));
        Manifests.parse(en).fieldNames().forEachRemaining(key -> {
            if (key.startsWith("$")) return;
            String pointer = "/" + key.replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
            assertThat(manifest.at(pointer).isTextual()).as(key + " names a string in manifest.json").isTrue();
        });
    }

    @Test
    void app_package_holds_manifest_strings_and_icons_of_the_right_size() throws Exception {
        var response = service.get(Manifests.PACKAGE_PATH);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        Map<String, byte[]> entries = unzip(response.body());
        assertThat(entries).containsOnlyKeys("manifest.json", "en-US.json", "color.png", "outline.png");
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        ManifestSchema.assertValidManifest(manifest);
        JsonNode m = Manifests.parse(manifest);
        assertThat(entries).containsKeys(m.at("/icons/color").asText(), m.at("/icons/outline").asText(),
                m.at("/localizationInfo/additionalLanguages/0/file").asText());
        IconsTest.assertPng(entries.get("color.png"), 192);
        IconsTest.assertPng(entries.get("outline.png"), 32);
        assertThat(manifest.length()).as("the admin center's 512 KB limit").isLessThan(512 * 1024);
    }

    @Test
    void command_writes_the_package_and_all_manifests(@TempDir Path out) throws Exception {
        var cli = Main.commandLine();
        cli.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        cli.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        int exit = cli.execute("manifest", "--base-url", PUBLIC_URL, "--client-id", ServiceUnderTest.CLIENT_ID,
                "--out", out.toString());
        assertThat(exit).isZero();
        assertThat(out.resolve("word.xml")).isRegularFile();
        assertThat(out.resolve("outlook.xml")).isRegularFile();
        assertThat(out.resolve("en-US.json")).isRegularFile();
        String written = Files.readString(out.resolve("manifest.json"));
        ManifestSchema.assertValidManifest(written);
        assertThat(written).isEqualTo(service.getText(Manifests.UNIFIED_PATH));
        Map<String, byte[]> zip = unzip(Files.readAllBytes(out.resolve("app-package.zip")));
        assertThat(new String(zip.get("manifest.json"), StandardCharsets.UTF_8)).isEqualTo(written);
    }

    @Test
    void command_refuses_a_bad_address_or_client_id(@TempDir Path out) {
        var err = new java.io.StringWriter();
        var cli = Main.commandLine();
        cli.setErr(new java.io.PrintWriter(err));
        assertThat(cli.execute("manifest", "--base-url", "precheck.kommun.example/app", "--out", out.toString())).isEqualTo(2);
        assertThat(cli.execute("manifest", "--base-url", PUBLIC_URL, "--client-id", "inte-ett-guid", "--out", out.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("https").contains("GUID");
    }

    /** Every http(s) URL in a manifest, less its $schema. */
    static List<String> urls(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        node.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("$schema")) collect(f.getValue(), out);
        });
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual() && node.asText().matches("https?://.*")) {
            out.add(node.asText());
        }
        node.elements().forEachRemaining(child -> collect(child, out));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
