package se.precheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The fixed-rate generator's own HTTP/1.1 client: lengths, chunks, closed connections, error codes, counts. */
class OpenLoopLoadTest {

    @Test
    void answers_with_a_length_in_chunks_and_on_closed_connections_are_all_counted() throws Exception {
        AtomicInteger n = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/check", exchange -> {
            byte[] in = exchange.getRequestBody().readAllBytes();
            int i = n.incrementAndGet();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] out;
            int status = 200;
            if (i % 10 == 0) {
                status = 503;
                out = "{\"error\":\"busy\",\"message\":\"x\"}".getBytes(StandardCharsets.UTF_8);
            } else {
                out = ("{\"len\":" + in.length + ",\"auth\":\"" + auth + "\"}").getBytes(StandardCharsets.UTF_8);
            }
            if (i % 7 == 0) exchange.getResponseHeaders().add("Connection", "close");
            exchange.getResponseHeaders().add("X-Upstream", "a");
            exchange.sendResponseHeaders(status, i % 3 == 0 ? 0 : out.length); // 0: chunked
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
        try (OpenLoopLoad.Run run = new OpenLoopLoad.Run(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/check"),
                List.of("{\"text\":\"hej\"}", "{\"text\":\"hallå\"}"), List.of("t1", "t2", "t3"))) {
            String warm = run.warmUp(0.3);
            assertThat(warm).contains("200=");
            Map<String, String> r = run.phase(200, 1);
            assertThat(r.get("requests")).isEqualTo("200");
            long ok = Long.parseLong(r.get("ok"));
            assertThat(r.get("outcomes")).contains("503 busy=").doesNotContain("closed").doesNotContain("timeout");
            assertThat(ok + Long.parseLong(r.get("errors"))).isEqualTo(200);
            assertThat(ok).isBetween(170L, 190L);
            assertThat(r.get("max_ms")).isNotEqualTo("inf");
            assertThat(r.get("upstreams")).isEqualTo("{a=" + ok + "}");
            assertThat(r.get("bodies_answered")).isEqualTo("2");
            assertThat(Long.parseLong(r.get("ok_total"))).isEqualTo(n.get() - n.get() / 10);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void the_response_parser_waits_for_the_whole_answer() {
        String head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Upstream: 127.0.0.1:1, 127.0.0.1:2\r\n\r\n";
        String chunks = "4\r\nabcd\r\n3;x=y\r\nefg\r\n0\r\n\r\n";
        for (int cut = 0; cut < (head + chunks).length(); cut++) {
            assertThat(OpenLoopLoad.Response.parse(buffer((head + chunks).substring(0, cut)), false)).as("cut at %d", cut).isNull();
        }
        OpenLoopLoad.Response r = OpenLoopLoad.Response.parse(buffer(head + chunks), false);
        assertThat(r.status()).isEqualTo(200);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("abcdefg");
        assertThat(r.upstream()).isEqualTo("127.0.0.1:1, 127.0.0.1:2");
        assertThat(r.close()).isFalse();
        OpenLoopLoad.Response closed = OpenLoopLoad.Response.parse(buffer("HTTP/1.1 503 x\r\nConnection: close\r\nContent-Length: 2\r\n\r\nab"), false);
        assertThat(closed.close()).isTrue();
        assertThat(closed.status()).isEqualTo(503);
        assertThat(OpenLoopLoad.Response.parse(buffer("HTTP/1.1 200 OK\r\n\r\nto the end"), false)).isNull();
        assertThat(OpenLoopLoad.Response.parse(buffer("HTTP/1.1 200 OK\r\n\r\nto the end"), true).body()).hasSize(10);
    }

    private static ByteBuffer buffer(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer buf = ByteBuffer.allocate(b.length + 16);
        buf.put(b);
        return buf;
    }
}
