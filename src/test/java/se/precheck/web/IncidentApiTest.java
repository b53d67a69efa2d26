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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.precheck.graph.GraphException;
import se.precheck.graph.GraphGateway;
import se.precheck.graph.OutgoingMail;
import se.precheck.graph.Profile;
import se.precheck.policy.PolicyLoader;
import se.precheck.stats.Incident;
import se.precheck.stats.StatsStore;

class IncidentApiTest {

    static final String MAILBOX = "informationssakerhet@exempelby.se";

    /** Graph that can be switched off, and remembers what it sent. */
    static final class FakeGraph implements GraphGateway {
        final List<OutgoingMail> sent = new CopyOnWriteArrayList<>();
        volatile boolean reachable = true;

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
        ServerConfig config = ServerConfig.dev(0).withOfficer(ServerConfig.dev(0).officer().withIncidentMailbox(MAILBOX));
        app = PrecheckServer.create(config, Services.of(config, PolicyLoader::loadDefault).withStats(store).withGraph(graph)).start();
    }

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
    void graph_unreachable_keeps_the_report_and_mails_it_later() throws Exception {
        graph.reachable = false;
        HttpResponse<String> r = post("{\"what\": \"Fel svar användes i ett brev.\", \"category\": \"fel-svar\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(Json.MAPPER.readTree(r.body()).get("mailStatus").asText()).isEqualTo("pending");
        assertThat(Json.MAPPER.readTree(r.body()).get("message").asText()).contains("sparad", "skickas senare");
        assertThat(store.incidents().waitingForMail(10)).hasSize(1);

        graph.reachable = true;
        assertThat(post("{\"what\": \"Ett till.\", \"category\": \"annat\"}").statusCode()).isEqualTo(201);
        assertThat(graph.sent).hasSize(2);
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
