package se.precheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.precheck.detect.Analyzer;

/**
 * Stopping an instance behind a balancer: a check under way is answered, not cut off (the balancer
 * would send it again and it would be counted twice), and a new request is refused at the door, so
 * the balancer tries the other instance instead of passing on an error.
 */
class GracefulStopTest {

    @Test
    void a_check_under_way_is_answered_and_new_connections_are_refused_while_stopping() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        Engine slow = (text, policy) -> {
            if (text.contains("LÅNGSAM")) {
                entered.countDown();
                try {
                    Thread.sleep(800);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Analyzer.analyze(text, policy);
        };
        TestServer server = new TestServer(ServerConfig.dev(0), Limits.defaults(), slow);
        int port = server.app.port();
        CompletableFuture<HttpResponse<String>> underWay = server.postAsync("/api/check", "{\"text\":\"LÅNGSAM Ring 070-174 06 50\"}");
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
        Thread.sleep(200);

        HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest late = HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/check"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hej\"}")).build();
        assertThatThrownBy(() -> fresh.send(late, HttpResponse.BodyHandlers.ofString()))
                .as("a stopping instance accepts no new connection").isInstanceOf(ConnectException.class);

        HttpResponse<String> answered = underWay.get(10, TimeUnit.SECONDS);
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("\"verdict\"").contains("PHONE");
        stopping.get(10, TimeUnit.SECONDS);
    }
}
