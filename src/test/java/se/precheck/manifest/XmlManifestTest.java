package se.precheck.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The add-in-only (XML) manifests: well-formed, and shaped as Word and Outlook require. Microsoft's XSDs
 * ([MS-OWEMXML]) cannot be had offline, so the element order and the required parts the XSDs fix are
 * checked here structurally instead.
 */
class XmlManifestTest {

    static final String OFFICE_APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    static final String TASKPANE_VO = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
    static final String MAIL_VO = "http://schemas.microsoft.com/office/mailappversionoverrides";
    static final String MAIL_VO_11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";
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
    void word_manifest_is_a_task_pane_app_with_a_home_tab_button_and_sso() throws Exception {
        Document doc = parse(service.getText(Manifests.WORD_PATH));
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(OFFICE_APP);
        assertThat(root.getAttributeNS(XSI, "type")).isEqualTo("TaskPaneApp");
        // The XSD's sequence for TaskPaneApp (optional elements we use included, in their place).
        assertThat(childNames(root)).containsExactly("Id", "Version", "ProviderName", "DefaultLocale", "DisplayName",
                "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements",
                "DefaultSettings", "Permissions", "VersionOverrides");
        assertCommon(root, "0.1.0.0");
        assertThat(attr(root, "Hosts/Host", "Name")).isEqualTo("Document");
        assertThat(text(root, "Permissions")).isEqualTo("ReadWriteDocument");
        assertThat(attr(root, "DefaultSettings/SourceLocation", "DefaultValue")).isEqualTo(PUBLIC_URL + "/taskpane");

        Element vo = child(root, "VersionOverrides");
        assertThat(vo.getNamespaceURI()).isEqualTo(TASKPANE_VO);
        assertThat(vo.getAttributeNS(XSI, "type")).isEqualTo("VersionOverridesV1_0");
        assertThat(childNames(vo)).containsExactly("Hosts", "Resources", "WebApplicationInfo");
        Element host = child(vo, "Hosts/Host");
        assertThat(host.getAttributeNS(XSI, "type")).isEqualTo("Document");
        Element tab = child(host, "DesktopFormFactor/ExtensionPoint/OfficeTab");
        assertThat(((Element) tab.getParentNode()).getAttributeNS(XSI, "type")).isEqualTo("PrimaryCommandSurface");
        assertThat(tab.getAttribute("id")).isEqualTo("TabHome");
        Element button = child(tab, "Group/Control");
        assertThat(button.getAttributeNS(XSI, "type")).isEqualTo("Button");
        assertThat(child(button, "Action").getAttributeNS(XSI, "type")).isEqualTo("ShowTaskpane");
        assertThat(url(vo, attr(button, "Action/SourceLocation", "resid"))).isEqualTo(PUBLIC_URL + "/taskpane");
        assertThat(shortString(vo, attr(button, "Label", "resid"))).isEqualTo("Kontrollera före Copilot");
        assertIconSizes(button, Set.of("16", "32", "80"));
        assertResourcesResolve(vo);
        assertSso(vo);
    }

    @Test
    void outlook_manifest_is_a_mail_app_with_the_send_event_and_both_runtimes() throws Exception {
        Document doc = parse(service.getText(Manifests.OUTLOOK_PATH));
        Element root = doc.getDocumentElement();
        assertThat(root.getAttributeNS(XSI, "type")).isEqualTo("MailApp");
        assertThat(childNames(root)).containsExactly("Id", "Version", "ProviderName", "DefaultLocale", "DisplayName",
                "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements",
                "FormSettings", "Permissions", "Rule", "DisableEntityHighlighting", "VersionOverrides");
        assertCommon(root, "0.1.0.0");
        assertThat(attr(root, "Hosts/Host", "Name")).isEqualTo("Mailbox");
        assertThat(text(root, "Permissions")).isEqualTo("ReadWriteItem");
        assertThat(attr(root, "IconUrl", "DefaultValue")).endsWith("icon-64.png");
        assertThat(attr(root, "HighResolutionIconUrl", "DefaultValue")).endsWith("icon-128.png");

        Element outer = child(root, "VersionOverrides");
        assertThat(outer.getNamespaceURI()).isEqualTo(MAIL_VO);
        assertThat(outer.getAttributeNS(XSI, "type")).isEqualTo("VersionOverridesV1_0");
        Element vo = child(outer, "VersionOverrides");
        assertThat(vo.getNamespaceURI()).isEqualTo(MAIL_VO_11);
        assertThat(vo.getAttributeNS(XSI, "type")).isEqualTo("VersionOverridesV1_1");
        assertThat(childNames(vo)).containsExactly("Requirements", "Hosts", "Resources", "WebApplicationInfo");
        Element set = child(vo, "Requirements/Sets/Set");
        assertThat(set.getAttribute("Name")).isEqualTo("Mailbox");
        assertThat(Double.parseDouble(((Element) set.getParentNode()).getAttribute("DefaultMinVersion")))
                .as("OnMessageSend needs Mailbox 1.12; commandId and sendModeOverride 1.14").isGreaterThanOrEqualTo(1.14);

        Element host = child(vo, "Hosts/Host");
        assertThat(host.getAttributeNS(XSI, "type")).isEqualTo("MailHost");
        assertThat(childNames(host)).containsExactly("Runtimes", "DesktopFormFactor");
        List<Element> runtimes = children(child(host, "Runtimes"), "Runtime");
        assertThat(runtimes).as("only one Runtime is allowed").hasSize(1);
        Element runtime = runtimes.get(0);
        assertThat(url(vo, runtime.getAttribute("resid"))).isEqualTo(PUBLIC_URL + Manifests.EVENT_PAGE_PATH);
        Element override = child(runtime, "Override");
        assertThat(override.getAttribute("type")).isEqualTo("javascript");
        assertThat(url(vo, override.getAttribute("resid"))).isEqualTo(PUBLIC_URL + Manifests.EVENT_SCRIPT_PATH);

        List<Element> points = children(child(host, "DesktopFormFactor"), "ExtensionPoint");
        assertThat(points).extracting(p -> p.getAttributeNS(XSI, "type"))
                .containsExactly("MessageComposeCommandSurface", "LaunchEvent");
        Element button = child(points.get(0), "OfficeTab/Group/Control");
        assertThat(button.getAttribute("id")).as("the commandId launchevent.js names").isEqualTo("PrecheckComposeButton");
        assertThat(child(points.get(0), "OfficeTab").getAttribute("id")).isEqualTo("TabDefault");
        assertIconSizes(button, Set.of("16", "32", "80"));

        List<Element> events = children(child(points.get(1), "LaunchEvents"), "LaunchEvent");
        assertThat(events).as("only one OnMessageSend").hasSize(1);
        assertThat(events.get(0).getAttribute("Type")).isEqualTo("OnMessageSend");
        assertThat(events.get(0).getAttribute("FunctionName")).isEqualTo("onMessageSendHandler");
        assertThat(events.get(0).getAttribute("SendMode")).isEqualTo("SoftBlock");
        assertThat(attr(points.get(1), "SourceLocation", "resid")).isEqualTo(runtime.getAttribute("resid"));
        assertResourcesResolve(vo);
        assertSso(vo);
    }

    @Test
    void send_mode_block_only_when_configured_and_no_sso_block_without_a_client_id() throws Exception {
        ManifestOptions o = new ManifestOptions(PUBLIC_URL, "", "", "2.5.1", SendMode.BLOCK);
        Element root = parse(Manifests.outlook(o)).getDocumentElement();
        assertThat(attr(root, "VersionOverrides/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint", "xsi:type")).isNotNull();
        assertThat(root.getElementsByTagNameNS("*", "LaunchEvent").item(0).getAttributes().getNamedItem("SendMode").getNodeValue())
                .isEqualTo("Block");
        assertThat(root.getElementsByTagNameNS("*", "WebApplicationInfo").getLength()).isZero();
        assertThat(text(root, "Version")).isEqualTo("2.5.1.0");
        assertThat(parse(Manifests.word(o)).getElementsByTagNameNS("*", "WebApplicationInfo").getLength()).isZero();
        assertThat(Manifests.outlook(new ManifestOptions(PUBLIC_URL, "", "", "1.0.0", SendMode.PROMPT_USER)))
                .contains("SendMode=\"PromptUser\"");
    }

    @Test
    void values_are_escaped_and_bad_settings_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ManifestOptions("https://a.example/\"><x", "", "", "1", null))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ManifestOptions("javascript:alert(1)", "", "", "1", null))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SendMode.parse("sometimes"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ManifestOptions("HTTPS://Precheck.Example:8443/", "", "", "1.2.3-SNAPSHOT", null).baseUrl())
                .isEqualTo("https://precheck.example:8443");
        assertThat(new ManifestOptions("https://p.example", "", "", "dev", null).version()).isEqualTo("0.0.0");
    }

    private static void assertCommon(Element root, String version) {
        assertThat(text(root, "Id")).matches("[0-9a-f-]{36}");
        assertThat(text(root, "Version")).isEqualTo(version);
        assertThat(text(root, "DefaultLocale")).isEqualTo("sv-SE");
        assertThat(attr(root, "DisplayName", "DefaultValue")).isEqualTo("Kontrollera före Copilot");
        assertThat(attr(root, "DisplayName/Override", "Locale")).isEqualTo("en-US");
        assertThat(attr(root, "Description", "DefaultValue").length()).isLessThanOrEqualTo(250);
        assertThat(attr(root, "DisplayName", "DefaultValue").length()).isLessThanOrEqualTo(125);
    }

    private static void assertSso(Element vo) {
        Element info = child(vo, "WebApplicationInfo");
        assertThat(text(info, "Id")).isEqualTo(ServiceUnderTest.CLIENT_ID);
        assertThat(text(info, "Resource")).isEqualTo("api://precheck.kommun.example/" + ServiceUnderTest.CLIENT_ID);
        assertThat(children(child(info, "Scopes"), "Scope")).extracting(Node::getTextContent)
                .contains("User.Read", "Mail.Send", "profile", "openid");
        assertThat(childNames(vo).get(childNames(vo).size() - 1)).as("WebApplicationInfo comes last").isEqualTo("WebApplicationInfo");
    }

    private static void assertIconSizes(Element control, Set<String> sizes) {
        Set<String> found = new HashSet<>();
        for (Element image : children(child(control, "Icon"), "Image")) {
            found.add(image.getAttribute("size"));
        }
        assertThat(found).containsAll(sizes);
    }

    /** Every resid is defined once among the resources, at most 32 characters long, and every URL is https. */
    private static void assertResourcesResolve(Element vo) {
        Element resources = child(vo, "Resources");
        Set<String> defined = new HashSet<>();
        NodeList all = resources.getElementsByTagNameNS(BT, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("id")) {
                assertThat(defined.add(e.getAttribute("id"))).as("resource id defined once: " + e.getAttribute("id")).isTrue();
                assertThat(e.getAttribute("id").length()).isLessThanOrEqualTo(32);
                if (e.getLocalName().equals("Url") || e.getLocalName().equals("Image")) {
                    assertThat(e.getAttribute("DefaultValue")).startsWith(PUBLIC_URL + "/");
                }
            }
        }
        NodeList everything = vo.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < everything.getLength(); i++) {
            Element e = (Element) everything.item(i);
            if (e.hasAttribute("resid")) {
                assertThat(defined).as("resid " + e.getAttribute("resid")).contains(e.getAttribute("resid"));
            }
        }
    }

    private static String url(Element vo, String resid) {
        return byId(vo, "Url", resid).getAttribute("DefaultValue");
    }

    private static String shortString(Element vo, String resid) {
        return byId(vo, "String", resid).getAttribute("DefaultValue");
    }

    private static Element byId(Element vo, String localName, String id) {
        NodeList nodes = child(vo, "Resources").getElementsByTagNameNS(BT, localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (((Element) nodes.item(i)).getAttribute("id").equals(id)) return (Element) nodes.item(i);
        }
        throw new AssertionError("no " + localName + " with id " + id);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (localName == null || e.getLocalName().equals(localName))) out.add(e);
        }
        return out;
    }

    static List<String> childNames(Element parent) {
        return children(parent, null).stream().map(Element::getLocalName).toList();
    }

    /** The first element down a path of local names, e.g. {@code Hosts/Host}. */
    static Element child(Element from, String path) {
        Element at = from;
        for (String step : path.split("/")) {
            List<Element> next = children(at, step);
            assertThat(next).as(path + " under " + from.getLocalName()).isNotEmpty();
            at = next.get(0);
        }
        return at;
    }

    private static String text(Element from, String path) {
        return child(from, path).getTextContent().trim();
    }

    private static String attr(Element from, String path, String name) {
        Element e = child(from, path);
        return name.startsWith("xsi:") ? e.getAttributeNS(XSI, name.substring(4)) : e.getAttribute(name);
    }
}
