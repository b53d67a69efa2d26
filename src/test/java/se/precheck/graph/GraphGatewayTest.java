package se.precheck.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.precheck.web.Json;

/**
 * The real MSAL4J on-behalf-of exchange and the real Graph SDK, against loopback stand-ins for the
 * identity platform's token endpoint and for Graph.
 */
class GraphGatewayTest {

    private Javalin standIn;
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final List<String> graphAuthorizations = new CopyOnWriteArrayList<>();
    private final List<JsonNode> sentMail = new CopyOnWriteArrayList<>();
    private volatile int graphStatus = 200;
    private volatile int mailStatus = 202;
    private volatile int tokenStatus = 200;
    private final AtomicInteger mailRequests = new AtomicInteger();
    private final List<String> mailPaths = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        standIn = Javalin.create(cfg -> {
            cfg.routes.post("/{tenant}/oauth2/v2.0/token", ctx -> {
                tokenRequests.incrementAndGet();
                if (tokenStatus != 200) {
                    ctx.status(tokenStatus).header("Retry-After", "42")
                            .json(Map.of("error", "temporarily_unavailable", "error_description", "AADSTS50196: try later"));
                    return;
                }
                if (ctx.body().contains("grant_type=client_credentials")) {
                    ctx.json(Map.of("token_type", "Bearer", "access_token", "graph-token-for-the-service", "expires_in", 3600,
                            "ext_expires_in", 3600));
                    return;
                }
                boolean obo = ctx.body().contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer")
                        && ctx.body().contains("requested_token_use=on_behalf_of");
                if (!obo || ctx.body().contains("assertion=no-consent")) {
                    ctx.status(400).json(Map.of("error", "invalid_grant", "error_description", "AADSTS65001: consent required"));
                    return;
                }
                ctx.json(Map.of("token_type", "Bearer", "access_token", "graph-token-for-user", "expires_in", 3600,
                        "ext_expires_in", 3600, "scope", "https://graph.microsoft.com/.default"));
            });
            cfg.routes.get("/v1.0/me", ctx -> {
                graphAuthorizations.add(ctx.header("Authorization"));
                if (graphStatus != 200) {
                    ctx.status(graphStatus).json(Map.of("error", Map.of("code", "x", "message", "y")));
                    return;
                }
                ctx.json(Map.of("displayName", "Karin Holm", "department", "Socialförvaltningen", "officeLocation", "Hedemora",
                        "select", String.valueOf(ctx.queryParam("$select"))));
            });
            io.javalin.http.Handler sendMail = ctx -> {
                graphAuthorizations.add(ctx.header("Authorization"));
                mailRequests.incrementAndGet();
                mailPaths.add(ctx.path());
                if (mailStatus != 202) {
                    ctx.status(mailStatus).header("Retry-After", "17").json(Map.of("error", Map.of("code", "ApplicationThrottled", "message", "y")));
                    return;
                }
                byte[] body = ctx.bodyAsBytes();
                if ("gzip".equalsIgnoreCase(ctx.header("Content-Encoding"))) {
                    body = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
                }
                sentMail.add(Json.MAPPER.readTree(body));
                ctx.status(202);
            };
            cfg.routes.post("/v1.0/me/sendMail", sendMail);
            cfg.routes.post("/v1.0/users/{mailbox}/sendMail", sendMail);
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        standIn.stop();
    }

    /** MSAL requires an https authority; this client sends its requests to the loopback stand-in instead. */
    private IHttpClient loopback() {
        HttpClient http = HttpClient.newHttpClient();
        return (HttpRequest request) -> {
            URI target = URI.create("http://127.0.0.1:" + standIn.port() + request.url().getPath()
                    + (request.url().getQuery() == null ? "" : "?" + request.url().getQuery()));
            java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(target);
            request.headers().forEach((k, v) -> {
                if (!k.equalsIgnoreCase("Content-Length") && !k.equalsIgnoreCase("Host")) b.header(k, v);
            });
            b.method(request.httpMethod().name(), request.body() == null
                    ? java.net.http.HttpRequest.BodyPublishers.noBody() : java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
            HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new IHttpResponse() {
                public int statusCode() { return response.statusCode(); }
                public Map<String, List<String>> headers() { return response.headers().map(); }
                public String body() { return response.body(); }
            };
        };
    }

    private static final String CLIENT_ID = "6e3c0f4c-1d0b-4b8e-9f3a-2a7f0c9d1e11";
    private static final String AUTHORITY = "https://login.microsoftonline.com/0d9f2c1a-5b6e-4c3d-8e7f-1a2b3c4d5e6f/";

    private GraphGateway gateway() {
        MsalOnBehalfOf obo = new MsalOnBehalfOf(CLIENT_ID, MsalOnBehalfOf.secret("test-secret"), AUTHORITY, loopback());
        MsalClientCredentials app = new MsalClientCredentials(CLIENT_ID, MsalOnBehalfOf.secret("test-secret"), AUTHORITY, loopback());
        return new MicrosoftGraphGateway(obo, app, "http://127.0.0.1:" + standIn.port() + "/v1.0");
    }

    @Test
    void a_mail_sent_later_goes_as_the_service_from_the_mailbox_with_a_client_credentials_token() throws Exception {
        GraphGateway graph = gateway();
        assertThat(graph.canSendAsService()).isTrue();
        graph.sendMailAsService("informationssakerhet@example.com",
                new OutgoingMail(List.of("informationssakerhet@example.com"), "Incident", "Skickas i efterhand"));
        graph.sendMailAsService("informationssakerhet@example.com",
                new OutgoingMail(List.of("informationssakerhet@example.com"), "Incident 2", "Skickas i efterhand"));
        assertThat(mailPaths).containsExactly("/v1.0/users/informationssakerhet%40example.com/sendMail",
                "/v1.0/users/informationssakerhet%40example.com/sendMail");
        assertThat(graphAuthorizations).containsOnly("Bearer graph-token-for-the-service");
        assertThat(tokenRequests.get()).as("the app token is cached until it expires").isEqualTo(1);
        assertThat(sentMail.get(0).get("Message").get("toRecipients").get(0).get("emailAddress").get("address").asText())
                .isEqualTo("informationssakerhet@example.com");
        assertThat(new MicrosoftGraphGateway(t -> "x", "http://127.0.0.1:1/v1.0").canSendAsService()).isFalse();
    }

    @Test
    void throttled_mail_is_unavailable_with_graphs_retry_after_and_not_retried_inside_the_sdk() {
        mailStatus = 429;
        assertThatThrownBy(() -> gateway().sendMailAsService("informationssakerhet@example.com",
                new OutgoingMail(List.of("informationssakerhet@example.com"), "Incident", "x")))
                .isInstanceOfSatisfying(GraphException.class, e -> {
                    assertThat(e.reason()).isEqualTo(GraphException.Reason.UNAVAILABLE);
                    assertThat(e.retryAfter()).isEqualTo(java.time.Duration.ofSeconds(17));
                });
        assertThat(mailRequests.get()).as("the resender waits, not the SDK").isEqualTo(1);

        mailStatus = 503;
        long start = System.nanoTime();
        assertThatThrownBy(() -> gateway().sendMail("user-token-5", new OutgoingMail(List.of("a@example.com"), "Incident", "x")))
                .isInstanceOfSatisfying(GraphException.class, e -> assertThat(e.retryAfter()).isEqualTo(java.time.Duration.ofSeconds(17)));
        assertThat(mailRequests.get()).isEqualTo(2);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).as("the user does not wait out Retry-After")
                .isLessThan(java.time.Duration.ofSeconds(10));
    }

    @Test
    void a_token_endpoint_that_refuses_for_now_is_unavailable_with_its_retry_after() {
        tokenStatus = 429;
        assertThatThrownBy(() -> gateway().sendMailAsService("informationssakerhet@example.com",
                new OutgoingMail(List.of("informationssakerhet@example.com"), "Incident", "x")))
                .isInstanceOfSatisfying(GraphException.class, e -> {
                    assertThat(e.reason()).isEqualTo(GraphException.Reason.UNAVAILABLE);
                    assertThat(e.retryAfter()).isEqualTo(java.time.Duration.ofSeconds(42));
                    assertThat(e.getMessage()).doesNotContain("test-secret");
                });
        assertThat(mailRequests.get()).isZero();

        tokenStatus = 200;
        MsalClientCredentials unreachable = new MsalClientCredentials(CLIENT_ID, MsalOnBehalfOf.secret("s"), AUTHORITY,
                request -> { throw new java.net.ConnectException("refused"); });
        assertThatThrownBy(unreachable::graphToken)
                .isInstanceOfSatisfying(GraphException.class, e -> assertThat(e.reason()).isEqualTo(GraphException.Reason.UNAVAILABLE));
    }

    @Test
    void retry_after_is_read_as_seconds_or_an_http_date() {
        assertThat(GraphException.parseRetryAfter("120")).isEqualTo(java.time.Duration.ofSeconds(120));
        assertThat(GraphException.parseRetryAfter(" 0 ")).isEqualTo(java.time.Duration.ZERO);
        assertThat(GraphException.parseRetryAfter("-5")).isNull();
        assertThat(GraphException.parseRetryAfter("snart")).isNull();
        assertThat(GraphException.parseRetryAfter(null)).isNull();
        String inAMinute = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(60));
        assertThat(GraphException.parseRetryAfter(inAMinute)).isBetween(java.time.Duration.ofSeconds(50), java.time.Duration.ofSeconds(61));
        assertThat(GraphException.parseRetryAfter("Mon, 01 Jan 2001 00:00:00 GMT")).isEqualTo(java.time.Duration.ZERO);
    }

    @Test
    void the_profile_comes_from_graph_with_only_the_fields_used_and_the_obo_token() throws Exception {
        GraphGateway graph = gateway();
        Profile profile = graph.profile("user-token-1");
        assertThat(profile).isEqualTo(new Profile("Karin Holm", "Socialförvaltningen", "Hedemora"));
        assertThat(graphAuthorizations).containsExactly("Bearer graph-token-for-user");

        graph.profile("user-token-1");
        assertThat(tokenRequests.get()).as("the second call is served from MSAL's cache").isEqualTo(1);
    }

    @Test
    void an_incident_mail_is_sent_as_the_user() throws Exception {
        gateway().sendMail("user-token-2", new OutgoingMail(List.of("informationssakerhet@example.com"), "Incident", "Vad hände: …"));
        assertThat(sentMail).hasSize(1);
        JsonNode message = sentMail.get(0).get("Message");
        assertThat(message.get("subject").asText()).isEqualTo("Incident");
        assertThat(message.get("toRecipients").get(0).get("emailAddress").get("address").asText()).isEqualTo("informationssakerhet@example.com");
    }

    @Test
    void missing_consent_and_graph_errors_are_typed_failures() {
        assertThatThrownBy(() -> gateway().profile("no-consent"))
                .isInstanceOf(GraphException.class)
                .satisfies(e -> assertThat(((GraphException) e).reason()).isEqualTo(GraphException.Reason.CONSENT_REQUIRED));
        graphStatus = 500;  // 503 would be retried with back-off by the SDK: right in production, slow here
        assertThatThrownBy(() -> gateway().profile("user-token-3"))
                .satisfies(e -> assertThat(((GraphException) e).reason()).isEqualTo(GraphException.Reason.UNAVAILABLE));
    }

    @Test
    void graph_unreachable_is_unavailable_not_a_crash() {
        MsalOnBehalfOf obo = new MsalOnBehalfOf("6e3c0f4c-1d0b-4b8e-9f3a-2a7f0c9d1e11", MsalOnBehalfOf.secret("s"),
                "https://login.microsoftonline.com/0d9f2c1a-5b6e-4c3d-8e7f-1a2b3c4d5e6f/", loopback());
        GraphGateway unreachable = new MicrosoftGraphGateway(obo, "http://127.0.0.1:1/v1.0");
        assertThatThrownBy(() -> unreachable.profile("user-token-4"))
                .satisfies(e -> assertThat(((GraphException) e).reason()).isEqualTo(GraphException.Reason.UNAVAILABLE));
    }
}
