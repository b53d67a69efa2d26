package se.precheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.precheck.manifest.ManifestOptions;
import se.precheck.manifest.Manifests;
import se.precheck.manifest.SendMode;
import se.precheck.web.PrecheckServer;

/** Writes the add-in's manifests and app package for upload in the Microsoft 365 admin center. */
@Command(name = "manifest", description = {
        "Write the add-in manifests for upload in the Microsoft 365 admin center (Integrated apps):",
        "app-package.zip (unified manifest, Word and Outlook), manifest.json, en-US.json, word.xml and outlook.xml."})
final class ManifestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--base-url", required = true, description = "The service's public https address, e.g. https://precheck.kommun.se")
    String baseUrl;

    @Option(names = "--client-id", defaultValue = "", description = "The add-in's Entra application (client) id; without it the manifests have no SSO.")
    String clientId;

    @Option(names = "--app-id-uri", defaultValue = "", description = "The application ID URI; default api://<host>/<client id>.")
    String appIdUri;

    @Option(names = "--send-mode", defaultValue = "softBlock", description = "Outlook's send check: softBlock (default), promptUser or block.")
    String sendMode;

    @Option(names = "--manifest-version", defaultValue = "", description = "The version to write (major.minor.patch); default the service's version. Raise it for every update.")
    String version;

    @Option(names = "--out", required = true, description = "The folder to write to (created when missing).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ManifestOptions options;
        try {
            options = new ManifestOptions(baseUrl, clientId, appIdUri,
                    version.isBlank() ? PrecheckServer.VERSION : version, SendMode.parse(sendMode));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
        if (!options.baseUrl().startsWith("https://")) {
            err.println("Varning: Office laddar bara tillägg över https; " + options.baseUrl() + " duger bara för test.");
        }
        if (!options.sso()) {
            err.println("Varning: utan --client-id saknar manifesten enkel inloggning (SSO); tjänsten i entra-läge kräver den.");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        for (Path written : Manifests.writeAll(options, out)) {
            stdout.println(written);
        }
        stdout.flush();
        err.flush();
        return 0;
    }
}
