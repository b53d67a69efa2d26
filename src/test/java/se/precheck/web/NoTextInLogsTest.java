package se.precheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import se.precheck.auth.IdentityPlatformStandIn;

/** Submitted text and bearer tokens must reach no log line: a canary goes in everywhere and is looked for. */
class NoTextInLogsTest {

    private static final String CANARY = "KANARIE7f3a9c";
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger root;

    @BeforeEach
    void capture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.ALL);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        root.setLevel(ch.qos.logback.classic.Level.INFO);
    }

    @Test
    void canary_in_text_token_and_broken_bodies_is_never_logged() throws Exception {
        String token = "Bearer eyJ" + CANARY + ".eyJzdWIiOiIxIn0.c2ln";
        try (TestServer server = new TestServer()) {
            Map<String, String> auth = Map.of("Authorization", token);
            server.post("/api/check", "{\"text\":\"Patienten " + CANARY + " har pnr 19121212-1212\"}", auth);
            server.post("/api/check", "{\"text\":\"" + CANARY + "\"", auth);          // malformed JSON
            server.post("/api/check", "{\"text\":" + CANARY + "}", auth);             // not a string
            server.post("/api/check", "{\"text\":\"ok\",\"host\":\"" + CANARY + "\"}", auth);
            server.post("/api/check", "[" .repeat(200) + CANARY, auth);                // nesting attack
            server.get("/taskpane?locale=" + CANARY);
        }
        // In entra mode the token is parsed and refused: still not a trace of it in the logs.
        try (IdentityPlatformStandIn idp = new IdentityPlatformStandIn();
             TestServer entra = new TestServer(ServerConfig.entra(0, IdentityPlatformStandIn.CLIENT_ID,
                     Set.of(IdentityPlatformStandIn.TENANT), idp.authority()))) {
            entra.post("/api/check", "{\"text\":\"" + CANARY + "\"}", Map.of("Authorization", token));
            entra.post("/api/check", "{\"text\":\"" + CANARY + "\"}", Map.of("Authorization", "Bearer " + idp.token(c -> c.claim("name", CANARY))));
        }

        List<String> lines = captured.list.stream().map(NoTextInLogsTest::render).toList();
        assertThat(lines).as("log lines were written").isNotEmpty();
        assertThat(lines).noneMatch(line -> line.contains(CANARY));
        assertThat(lines).anyMatch(line -> line.contains("POST /api/check 200"));
    }

    private static String render(ILoggingEvent event) {
        String throwable = event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy());
        return event.getLoggerName() + " " + event.getFormattedMessage() + " " + throwable + " " + event.getMDCPropertyMap();
    }
}
