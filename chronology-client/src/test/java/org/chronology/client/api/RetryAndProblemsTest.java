package org.chronology.client.api;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Against a stand-in server that answers every request with one canned problem: which calls are retried,
 * and how problems reach the caller.
 */
class RetryAndProblemsTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int status;
    private volatile String body;
    private Chronology chronology;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        chronology = Chronology.connect(URI.create("http://localhost:" + server.getAddress().getPort()), "secret",
                Map.of("chronology.retry.delay", "5ms"));
    }

    @AfterEach
    void stop() {
        chronology.close();
        server.stop(0);
    }

    @Test
    void event_posts_and_reads_are_retried_on_a_server_failure() {
        answer(503, "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503}");

        assertThatThrownBy(() -> chronology.client().recordBatch(new EventBatch(List.of(event()))))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThat(requests.getAndSet(0)).isEqualTo(4);

        assertThatThrownBy(() -> chronology.client().timeline("C1")).isInstanceOf(ProblemException.class);
        assertThat(requests.get()).isEqualTo(4);
    }

    @Test
    void throttled_requests_are_retried() {
        answer(429, "{\"title\":\"Too Many Requests\",\"status\":429}");

        assertThatThrownBy(() -> chronology.client().record(event())).isInstanceOf(ProblemException.class);
        assertThat(requests.get()).isEqualTo(4);
    }

    @Test
    void administrative_writes_are_never_retried() {
        answer(503, "{\"title\":\"Service Unavailable\",\"status\":503}");

        assertThatThrownBy(() -> chronology.client().issueAgencyToken("CSC", new TokenRequest("Casey Worker", null))).isInstanceOf(ProblemException.class);
        assertThat(requests.get()).isEqualTo(1);
    }

    @Test
    void a_refusal_is_not_retried_and_carries_its_field_errors() {
        answer(400, "{\"type\":\"/problems/validation\",\"title\":\"The request is not valid\",\"status\":400,"
                + "\"detail\":\"children[0] must be an id\",\"errors\":[{\"field\":\"children[0]\",\"message\":\"must be an id\"}]}");

        assertThatThrownBy(() -> chronology.client().record(event()))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.title()).isEqualTo("The request is not valid");
                    assertThat(e.detail()).isEqualTo("children[0] must be an id");
                    assertThat(e.errors()).containsExactly(new FieldError("children[0]", "must be an id"));
                });
        assertThat(requests.get()).isEqualTo(1);
    }

    @Test
    void an_error_that_is_not_a_problem_still_arrives_typed_with_its_status() {
        answer(502, "<html>Bad gateway</html>");

        assertThatThrownBy(() -> chronology.client().issueDashboardToken(new TokenRequest("Dashboard", null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(502));
    }

    @Test
    void not_found_is_an_error_rather_than_an_empty_answer() {
        answer(404, "{\"type\":\"/problems/not-found\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No agency X is registered.\"}");

        assertThatThrownBy(() -> chronology.client().agency("X"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.detail()).isEqualTo("No agency X is registered."));
        assertThatThrownBy(() -> chronology.client().revokeToken("0000000000000000")).isInstanceOf(ProblemException.class);
    }

    private void answer(int status, String body) {
        this.status = status;
        this.body = body;
    }

    private static Event event() {
        return Event.of("E-1", "visit.home", "CSC", "2018-03", List.of("C1"), "Visit");
    }
}
