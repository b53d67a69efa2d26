package se.precheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.precheck.graph.GraphException;
import se.precheck.graph.GraphGateway;
import se.precheck.graph.IncidentResender;
import se.precheck.graph.OutgoingMail;
import se.precheck.graph.Profile;
import se.precheck.policy.PolicyLoader;
import se.precheck.stats.Incident;
import se.precheck.stats.StatsStore;

class IncidentApiTest {

    static final String MAILBOX = "informationssakerhet@exempelby.se";

    /** Graph that can be switched off, and remembers what it sent (as a user, and as the service). */
    static final class FakeGraph implements GraphGateway {
        final List<OutgoingMail> sent = new CopyOnWriteArrayList<>();
        final List<String> sentAsServiceFrom = new CopyOnWriteArrayList<>();
        final List<OutgoingMail> sentAsService = new CopyOnWriteArrayList<>();
        volatile boolean reachable = true;
        /** Whether the application permission is configured (the resender runs only then). */
        volatile boolean appPermission;

        @Override
        public boolean canSendAsService() {
            return appPermission;
        }

        /** The service's application permission does not cover the mailbox (403 from Graph). */
        volatile boolean serviceRefused;

        @Override
        public void sendMailAsService(String senderMailbox, OutgoingMail mail) throws GraphException {
            if (!reachable) throw new GraphException(GraphException.Reason.UNAVAILABLE, "down");
            if (serviceRefused) throw new GraphException(GraphException.Reason.CONSENT_REQUIRED, "403");
            sentAsServiceFrom.add(senderMailbox);
            sentAsService.add(mail);
        }

        @Override
        public Profile profile(String userToken) {
            return new Profile("Test Testsson", "Socialförvaltningen", "Stadshuset");
        }

        @Override
        public void sendMail(String userToken, OutgoingMail mail) throws GraphException {
            if (!reachable) throw new GraphException(GraphException.Reason.UNAVAILABLE, "down");
            sent.add(mail);
        }
    }

    @TempDir
    Path dir;
    StatsStore store;
    FakeGraph graph = new FakeGraph();
    Javalin app;
    HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        store = StatsStore.open("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), "", "", Clock.systemUTC());
        startServer();
    }

    void startServer() {
        ServerConfig config = ServerConfig.dev(0).withOfficer(ServerConfig.dev(0).officer().withIncidentMailbox(MAILBOX));
        app = PrecheckServer.create(config, Services.of(config, PolicyLoader::loadDefault).withStats(store).withGraph(graph)
                .withResend(FAST)).start();
    }

    /** Short delays, so a test sees the resender work within a second or two. */
    static final IncidentResender.Settings FAST = new IncidentResender.Settings(Duration.ofMillis(100), Duration.ofMillis(200),
            Duration.ofMillis(400), Duration.ofSeconds(30), 20);

    @AfterEach
    void stop() {
        app.stop();
        store.close();
    }

    HttpResponse<String> post(String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/incident"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_report_is_saved_and_mailed_to_the_mailbox_and_pasted_text_is_marked() throws Exception {
        HttpResponse<String> r = post("""
                {"what": "Jag klistrade in ett yttrande med namn i Copilot.", "category": "personuppgifter",
                 "contact": "070-111 22 33", "pastedText": "Yttrande om Kalle"}""");
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode body = Json.MAPPER.readTree(r.body());
        assertThat(body.get("mailStatus").asText()).isEqualTo("sent");
        assertThat(body.get("message").asText()).contains("skickad till " + MAILBOX);

        assertThat(graph.sent).singleElement().satisfies(mail -> {
            assertThat(mail.to()).containsExactly(MAILBOX);
            assertThat(mail.subject()).isEqualTo("Incidentrapport: Personuppgifter har delats med Copilot");
            assertThat(mail.body()).contains("Jag klistrade in ett yttrande", "070-111 22 33",
                    "TEXT SOM ANVÄNDAREN MEDVETET KLISTRADE IN", "Yttrande om Kalle");
        });
        List<Incident> saved = store.incidents().recent(10);
        assertThat(saved).singleElement().satisfies(i -> {
            assertThat(i.mailStatus()).isEqualTo("sent");
            assertThat(i.hasPastedText()).isTrue();
            assertThat(i.id()).isEqualTo(body.get("id").asText());
        });
    }

    @Test
    void without_pasted_text_no_document_text_goes_along() throws Exception {
        assertThat(post("{\"what\": \"Kontrollen missade ett personnummer.\", \"category\": \"missad-traff\"}").statusCode()).isEqualTo(201);
        assertThat(graph.sent).singleElement().satisfies(mail -> assertThat(mail.body())
                .contains("Ingen dokumenttext bifogas", "Kontakt: (ingen angiven)").doesNotContain("KLISTRADE IN"));
        assertThat(store.incidents().recent(10)).singleElement().satisfies(i -> assertThat(i.hasPastedText()).isFalse());
    }

    @Test
    void graph_unreachable_keeps_the_report_and_it_is_not_mailed_as_another_user() throws Exception {
        graph.reachable = false;
        HttpResponse<String> r = post("{\"what\": \"Fel svar användes i ett brev.\", \"category\": \"fel-svar\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(Json.MAPPER.readTree(r.body()).get("mailStatus").asText()).isEqualTo("pending");
        assertThat(Json.MAPPER.readTree(r.body()).get("message").asText()).contains("sparad", "skickas automatiskt senare");
        assertThat(store.incidents().waitingForMail(10)).hasSize(1);

        // Without the application permission there is no resender: the next user's report is mailed
        // as that user, and the first one is not sent in their name; it waits for the admin page.
        graph.reachable = true;
        assertThat(post("{\"what\": \"Ett till.\", \"category\": \"annat\"}").statusCode()).isEqualTo(201);
        assertThat(graph.sent).singleElement().satisfies(m -> assertThat(m.body()).contains("Ett till."));
        assertThat(store.incidents().waitingForMail(10)).hasSize(1);
    }

    @Test
    void graph_unreachable_then_back_the_resender_mails_the_report_as_the_service_from_the_mailbox() throws Exception {
        app.stop();
        graph.appPermission = true;
        graph.reachable = false;
        startServer();
        HttpResponse<String> r = post("{\"what\": \"Fel svar användes i ett brev.\", \"category\": \"fel-svar\", \"contact\": \"anknytning 123\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode body = Json.MAPPER.readTree(r.body());
        assertThat(body.get("mailStatus").asText()).isEqualTo("pending");
        assertThat(body.get("message").asText()).contains("sparad", "skickas automatiskt senare");
        // Wait for a failed round while Graph is down; polled, since a loaded machine may delay the first round.
        long failUntil = System.currentTimeMillis() + 10_000;
        while (store.incidents().failedAttempts(body.get("id").asText()) == 0 && System.currentTimeMillis() < failUntil) Thread.sleep(50);
        assertThat(graph.sentAsService).isEmpty();
        assertThat(store.incidents().failedAttempts(body.get("id").asText())).isPositive();

        graph.reachable = true;
        long until = System.currentTimeMillis() + 10_000;
        while (!store.incidents().waitingForMail(10).isEmpty() && System.currentTimeMillis() < until) Thread.sleep(50);
        assertThat(store.incidents().waitingForMail(10)).isEmpty();
        assertThat(graph.sent).isEmpty();
        assertThat(graph.sentAsServiceFrom).containsExactly(MAILBOX);
        assertThat(graph.sentAsService).singleElement().satisfies(mail -> {
            assertThat(mail.to()).containsExactly(MAILBOX);
            assertThat(mail.body()).contains("Fel svar användes i ett brev.", "anknytning 123", "skickas nu i efterhand", body.get("id").asText());
        });
        assertThat(store.incidents().recent(10)).singleElement().satisfies(i -> assertThat(i.mailStatus()).isEqualTo("sent"));
    }

    @Test
    void the_officers_button_sends_as_the_officer_what_the_service_may_not_send() throws Exception {
        graph.appPermission = true;
        graph.serviceRefused = true;
        graph.reachable = false;
        assertThat(post("{\"what\": \"Väntar.\", \"category\": \"annat\"}").statusCode()).isEqualTo(201);
        graph.reachable = true;
        ServerConfig config = ServerConfig.dev(0).withOfficer(ServerConfig.dev(0).officer().withIncidentMailbox(MAILBOX));
        try (IncidentRoutes routes = new IncidentRoutes(config, store, graph, Clock.systemUTC(), FAST)) {
            assertThat(routes.resender()).isNotNull();
            assertThat(routes.sendWaiting("officer-token", MAILBOX)).isEqualTo(1);
        }
        assertThat(graph.sentAsService).isEmpty();
        assertThat(graph.sent).singleElement().satisfies(m -> assertThat(m.body()).contains("Väntar.", "i efterhand"));
        assertThat(store.incidents().waitingForMail(10)).isEmpty();
    }

    @Test
    void bad_reports_get_swedish_errors() throws Exception {
        HttpResponse<String> missing = post("{\"category\": \"annat\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("missing_what", "Beskriv vad som hände");

        HttpResponse<String> category = post("{\"what\": \"x\", \"category\": \"hittepå\"}");
        assertThat(category.statusCode()).isEqualTo(400);
        assertThat(category.body()).contains("invalid_category", "Okänd kategori", "personuppgifter");

        HttpResponse<String> tooLong = post("{\"what\": \"" + "a".repeat(4001) + "\", \"category\": \"annat\"}");
        assertThat(tooLong.body()).contains("what_too_long", "högst 4000");

        assertThat(post("inte json").statusCode()).isEqualTo(400);
        assertThat(graph.sent).isEmpty();
    }
}
