package se.precheck.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every URL in every manifest resolves on the running service, with no token: here the manifests are
 * served without a public URL, so they carry the request's own origin.
 */
class ManifestUrlsTest {

    static ServiceUnderTest service;

    @BeforeAll
    static void start() {
        service = new ServiceUnderTest();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void every_url_in_every_manifest_resolves() throws Exception {
        Set<String> urls = new LinkedHashSet<>();
        JsonNode unified = Manifests.parse(service.getText(Manifests.UNIFIED_PATH));
        urls.addAll(UnifiedManifestTest.urls(unified));
        urls.addAll(xmlUrls(service.getText(Manifests.WORD_PATH)));
        urls.addAll(xmlUrls(service.getText(Manifests.OUTLOOK_PATH)));
        urls.addAll(UnifiedManifestTest.urls(Manifests.parse(service.getText(Manifests.ALLOWED_PATH))));
        assertThat(urls).hasSizeGreaterThan(8).allMatch(u -> u.startsWith(service.origin() + "/"));

        List<String> broken = new ArrayList<>();
        for (String url : urls) {
            HttpResponse<byte[]> r = service.get(url);
            if (r.statusCode() != 200) {
                broken.add(url + " -> " + r.statusCode());
            } else if (url.endsWith(".png")) {
                String cache = r.headers().firstValue("Cache-Control").orElse("");
                assertThat(cache).as("icons must be cacheable: " + url).doesNotContain("no-cache").doesNotContain("no-store");
                int size = Integer.parseInt(url.replaceAll(".*icon-(\\d+)\\.png", "$1"));
                IconsTest.assertPng(r.body(), size);
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void manifests_need_no_token_and_name_the_request_origin() throws Exception {
        for (String path : List.of(Manifests.UNIFIED_PATH, Manifests.WORD_PATH, Manifests.OUTLOOK_PATH,
                Manifests.PACKAGE_PATH, Manifests.EVENT_PAGE_PATH, Manifests.EVENT_SCRIPT_PATH, Manifests.ALLOWED_PATH)) {
            assertThat(service.get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(service.get(Manifests.OUTLOOK_PATH).headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(service.getText(Manifests.UNIFIED_PATH)).doesNotContain("webApplicationInfo");
    }

    @Test
    void allowed_json_lists_the_event_script_for_classic_outlook() throws Exception {
        JsonNode allowed = Manifests.parse(service.getText(Manifests.ALLOWED_PATH));
        assertThat(allowed.get("allowed").get(0).asText()).isEqualTo(service.origin() + Manifests.EVENT_SCRIPT_PATH);
        assertThat(allowed.get("allowed")).hasSize(1);
    }

    @Test
    void event_script_is_filled_with_the_service_url_and_send_mode() throws Exception {
        String js = service.getText(Manifests.EVENT_SCRIPT_PATH);
        assertThat(js).contains("var PRECHECK_SERVICE_URL = \"" + service.origin() + "\";")
                .contains("var PRECHECK_SEND_MODE = \"softBlock\";")
                .doesNotContain("__PRECHECK_");
        // The JavaScript-only runtime: no modules, no imports, no relative fetch.
        assertThat(js).doesNotContainPattern("(?m)^\\s*(import|export)\\s")
                .doesNotContain("require(")
                .doesNotContain("fetch(\"/")
                .contains("Office.actions.associate(\"onMessageSendHandler\", onMessageSendHandler);");
        assertThat(js.chars().allMatch(c -> c < 128)).as("ASCII only, Swedish as \\u escapes").isTrue();
        String page = service.getText(Manifests.EVENT_PAGE_PATH);
        assertThat(page).contains("https://appsforoffice.microsoft.com/lib/1/hosted/office.js").contains("src=\"launchevent.js\"");
        assertThat(page.indexOf("hosted/office.js")).isLessThan(page.indexOf("src=\"launchevent.js\""));
    }

    @Test
    void a_forged_host_header_is_refused() throws Exception {
        // java.net.http refuses to set Host; send a raw request instead.
        try (var socket = new java.net.Socket("127.0.0.1", service.app.port())) {
            socket.getOutputStream().write(("GET " + Manifests.WORD_PATH + " HTTP/1.1\r\nHost: evil\"><x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("evil\"");
        }
    }

    private static final Pattern XML_URL = Pattern.compile("(?:DefaultValue|Value)=\"(https?://[^\"]+)\"|<AppDomain>([^<]+)</AppDomain>");

    static List<String> xmlUrls(String xml) {
        List<String> out = new ArrayList<>();
        Matcher m = XML_URL.matcher(xml);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2) + "/");
        }
        URI.create(out.get(0));
        return out;
    }
}
