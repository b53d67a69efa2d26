package se.precheck.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Microsoft's JSON schema for the unified manifest, from the npm package @microsoft/app-manifest
 * (installed by scripts/install-manifest-schema.sh). In CI (env CI set) a missing schema is a failure;
 * elsewhere the test is skipped with the command to run.
 */
final class ManifestSchema {

    static final Path DIR = Path.of("test-tools/manifest-schema/node_modules/@microsoft/app-manifest/build/json-schemas/teams/v1.30");

    private ManifestSchema() {
    }

    static synchronized void requireInstalled() {
        boolean present = Files.isRegularFile(DIR.resolve("MicrosoftTeams.schema.json"));
        String ci = System.getenv("CI");
        boolean inCi = ci != null && !ci.isBlank();
        if (!present && inCi) {
            // .ci/run should have run the script; if it did not, install now rather than skip.
            present = install();
        }
        if (!present && inCi) {
            fail("The unified manifest's JSON schema is missing at " + DIR.toAbsolutePath()
                    + ": CI must run scripts/install-manifest-schema.sh before the tests.");
        }
        Assumptions.assumeTrue(present, "Skipped: the manifest JSON schema is not installed; run scripts/install-manifest-schema.sh");
    }

    private static boolean install() {
        try {
            // Not inheritIO: the surefire fork talks to Maven over its own standard streams.
            Path log = Path.of("target/install-manifest-schema.log");
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder("bash", "scripts/install-manifest-schema.sh")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return Files.isRegularFile(DIR.resolve("MicrosoftTeams.schema.json"));
    }

    /**
     * The schema errors for a manifest (empty when valid). The schema says draft-04 but also uses
     * draft-06/07 keywords ({@code const}, {@code if}/{@code then}) that a draft-04 validator ignores, so
     * the manifest is validated under both dialects (the schema has no keyword that differs between them).
     */
    static List<String> errors(String schemaFile, String json) throws IOException {
        requireInstalled();
        // The schema's patterns are ECMAScript regular expressions (e.g. [\b] in a class), which
        // java.util.regex refuses: use the validator's Joni engine.
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .regularExpressionFactory(JoniRegularExpressionFactory.getInstance()).build();
        List<String> errors = new java.util.ArrayList<>();
        for (SpecificationVersion dialect : List.of(SpecificationVersion.DRAFT_4, SpecificationVersion.DRAFT_7)) {
            String text = Files.readString(DIR.resolve(schemaFile)).replace(
                    "http://json-schema.org/draft-04/schema#", dialect.getDialectId());
            Schema schema;
            try (InputStream in = new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                schema = SchemaRegistry.withDefaultDialect(dialect, b -> b.schemaRegistryConfig(config))
                        .getSchema(in, InputFormat.JSON);
            }
            schema.validate(json, InputFormat.JSON).forEach(e -> errors.add(dialect + ": " + e));
        }
        return errors;
    }

    static void assertValidManifest(String json) throws IOException {
        assertThat(errors("MicrosoftTeams.schema.json", json)).as("schema errors").isEmpty();
    }

    static void assertValidLocalization(String json) throws IOException {
        assertThat(errors("MicrosoftTeams.Localization.schema.json", json)).as("schema errors").isEmpty();
    }
}
