package se.precheck.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import se.precheck.auth.IdentityPlatformStandIn;
import se.precheck.eval.CorpusReader;
import se.precheck.eval.CorpusRecord;
import se.precheck.web.Json;

/**
 * What a load run needs besides the service: the local identity-platform stand-in (its JWKS at
 * {@code /common/discovery/v2.0/keys}, the only document the service reads from the identity
 * platform) kept running, and files the load generators read.
 *
 * <pre>
 * java -cp … se.precheck.load.LoadFixture OUT_DIR [users] [bodies] [bodyBytes]
 * </pre>
 *
 * writes into OUT_DIR: {@code authority} (the stand-in's address, for PRECHECK_AUTHORITY),
 * {@code tenant}, {@code client-id}, {@code tokens.txt} (one valid v2 access token per line, each
 * for a different user of the allowed tenant, scope access_as_user, valid 24 h), {@code
 * admin-token.txt} (a token with the app role {@code Precheck.Admin}, for the CSV export),
 * {@code bodies.jsonl} (one {@code /api/check} body per line, each about {@code bodyBytes} bytes of
 * UTF-8 Swedish text from the tuning corpus, markup removed, every body a different mix) and last
 * {@code ready}. Then serves until the process is stopped.
 */
public final class LoadFixture {

    public static final String ADMIN_ROLE = "Precheck.Admin";

    private LoadFixture() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LoadFixture OUT_DIR [users=1000] [bodies=32] [bodyBytes=5120]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int bodies = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        int bodyBytes = args.length > 3 ? Integer.parseInt(args[3]) : 5120;
        Files.createDirectories(out);

        IdentityPlatformStandIn idp = new IdentityPlatformStandIn();
        Runtime.getRuntime().addShutdownHook(new Thread(idp::close));
        write(out.resolve("authority"), idp.authority());
        write(out.resolve("tenant"), IdentityPlatformStandIn.TENANT);
        write(out.resolve("client-id"), IdentityPlatformStandIn.CLIENT_ID);
        write(out.resolve("tokens.txt"), String.join("\n", tokens(idp, users)) + "\n");
        write(out.resolve("admin-token.txt"), idp.token(c -> longLived(c)
                .claim("oid", "00000000-0000-4000-8000-00000000ad01")
                .claim("roles", List.of(ADMIN_ROLE))));
        write(out.resolve("bodies.jsonl"), String.join("\n", bodies(Path.of("src/test/resources/corpus", CorpusReader.TUNE), bodies, bodyBytes)) + "\n");
        write(out.resolve("ready"), "ready");
        System.out.println("identity-platform stand-in at " + idp.authority() + "; " + users + " user tokens and "
                + bodies + " bodies of ~" + bodyBytes + " bytes in " + out);
        new CountDownLatch(1).await();
    }

    static List<String> tokens(IdentityPlatformStandIn idp, int users) {
        List<String> tokens = new ArrayList<>(users);
        for (int i = 1; i <= users; i++) {
            String oid = String.format("00000000-0000-4000-8000-%012d", i);
            int n = i;
            tokens.add(idp.token(c -> longLived(c).claim("oid", oid).subject("load-user-" + n)
                    .claim("name", "Lasttest Användare " + n)
                    .claim("preferred_username", "lasttest" + n + "@example.com")));
        }
        return tokens;
    }

    private static com.nimbusds.jwt.JWTClaimsSet.Builder longLived(com.nimbusds.jwt.JWTClaimsSet.Builder c) {
        return c.expirationTime(Date.from(Instant.now().plusSeconds(24 * 3600)));
    }

    /**
     * {@code count} request bodies, each texts of the tuning corpus (never the held-out set) in a
     * different seeded order, joined by blank lines until the body's text is about {@code bytes}
     * bytes of UTF-8, cut at a line end where one is near.
     */
    static List<String> bodies(Path tuneDir, int count, int bytes) {
        List<CorpusRecord> records = CorpusReader.read(tuneDir).stream()
                .filter(r -> !r.domain().equals("english"))
                .toList();
        if (records.isEmpty()) {
            throw new IllegalStateException("no corpus texts under " + tuneDir.toAbsolutePath());
        }
        String[] hosts = {"word", "outlook", "word", "browser"};
        List<String> out = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            Random random = new Random(1000 + b);
            StringBuilder text = new StringBuilder();
            while (utf8(text) < bytes) {
                text.append(records.get(random.nextInt(records.size())).text()).append("\n\n");
            }
            String cut = cut(text.toString(), bytes);
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.put("text", cut);
            body.put("host", hosts[b % hosts.length]);
            body.put("locale", "sv");
            out.add(json(body));
        }
        return out;
    }

    private static String json(ObjectNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int utf8(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest prefix of at most {@code bytes} UTF-8 bytes, ending at a line end if one is in its last fifth. */
    private static String cut(String text, int bytes) {
        int end = text.length();
        while (utf8(text.substring(0, end)) > bytes) {
            end -= Math.max(1, (utf8(text.substring(0, end)) - bytes) / 3);
        }
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) end--;
        int line = text.lastIndexOf('\n', end - 1);
        return (line > end * 4 / 5 ? text.substring(0, line) : text.substring(0, end)).strip();
    }

    private static void write(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
