package org.chronology.api.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.Service;
import org.chronology.harness.service.ServiceOptions;
import org.chronology.harness.service.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.api.support.ApiClient.MAPPER;

/**
 * Nothing lost across a crash: the packaged service acknowledges an emergency department attendance of a child on
 * a protection plan and is killed with SIGKILL at once, while the lead agency's receiver (a real HTTP server
 * started here) is still refusing, so the kill lands before any delivery, whether the entry was judged yet or not.
 * Restarted on the same data directory, the service delivers the signed alert: one alert id, at least once.
 */
class AlertDeliveryCrashIT {

    private static final String LEAD = "KL-CSC";
    private static final String HOSPITAL = "KL-ED";
    private static final String CHILD = "KL-Child-1";

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    /** A delivery the receiver accepted: its idempotency key, timestamp, signature and body. */
    private record Received(String idempotencyKey, String timestamp, String signature, String body) {
    }

    private final List<Received> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicBoolean available = new AtomicBoolean(false);

    @Test
    void anAcknowledgedAttendanceKilledBeforeDelivery_isDeliveredSignedAfterTheRestart() throws Exception {
        HttpServer receiver = startReceiver();
        ServiceProcess process = new ServiceProcess(ServiceOptions.forTest(data.resolve("db"), data.resolve("service.log"),
                Service.ADMIN_TOKEN).withServiceArgs(List.of(
                "--chronology.alerts.webhooks.allow-loopback-http=true",
                "--chronology.alerts.delivery.first-retry=200ms", "--chronology.alerts.delivery.longest-retry=1s")));
        try (process) {
            process.start();
            Service service = new Service(process.port());
            service.registerAgencies(Map.of(LEAD, "la.csc", HOSPITAL, "health.acute"));
            assertThat(service.admin().raw("PUT", "/api/v1/admin/webhook-hosts/127.0.0.1", null, new byte[0])
                    .status()).isIn(200, 201);
            ApiClient lead = service.agency(LEAD);
            var subscribed = lead.post("/api/v1/subscriptions", Map.of("target", "http://127.0.0.1:"
                    + receiver.getAddress().getPort() + "/hook", "rules", List.of("UNSCHEDULED_CARE_ON_PLAN")));
            assertThat(subscribed.status()).as(subscribed.text()).isEqualTo(201);
            String secret = subscribed.json().get("secret").asText();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            record(lead, Envelope.of("KL-CP-1", "cp_plan.started", LEAD, today.minusDays(30).toString(), CHILD,
                    "Child protection plan"));
            record(lead, Envelope.allocation("KL-SW-1", LEAD, today.minusDays(30).toString(), CHILD, "SW-1"));

            record(service.agency(HOSPITAL), Envelope.of("KL-ED-1", "hospital.ed_attendance", HOSPITAL,
                    today.toString(), CHILD, "Attended with a burn"));
            process.kill();
            int refusedBeforeTheKill = refused.get();
            assertThat(accepted).as("nothing delivered before the kill").isEmpty();

            available.set(true);
            process.start();
            awaitAccepted(Duration.ofSeconds(30));
            Thread.sleep(1_000); // a second delivery of the same alert, if any, is in by now
            System.out.println("AlertDeliveryCrashIT: " + refusedBeforeTheKill + " attempts refused before the kill, "
                    + accepted.size() + " accepted after the restart");
            assertThat(accepted).as("one alert, at least once").extracting(Received::idempotencyKey)
                    .containsOnly(accepted.get(0).idempotencyKey());
            for (Received delivery : accepted) {
                assertThat(delivery.signature()).isEqualTo(Signature.of(secret, delivery.timestamp(), delivery.body()));
                JsonNode body = MAPPER.readTree(delivery.body());
                assertThat(body.get("alertId").asText()).isEqualTo(delivery.idempotencyKey());
                assertThat(body.get("rule").asText()).isEqualTo("UNSCHEDULED_CARE_ON_PLAN");
                assertThat(body.get("entryId").asText()).isEqualTo(HOSPITAL + ":KL-ED-1");
                assertThat(body.get("childId").asText()).isEqualTo(CHILD);
            }
            assertThat(lead.get("/api/v1/alerts").json().get("alerts")).as("raised once").singleElement()
                    .satisfies(alert -> assertThat(alert.get("alertId").asText())
                            .isEqualTo(accepted.get(0).idempotencyKey()));
        } finally {
            receiver.stop(0);
        }
    }

    /** The lead agency's receiver: refuses (503) until {@link #available}, then accepts and keeps what it got. */
    private HttpServer startReceiver() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            var headers = exchange.getRequestHeaders();
            if (available.get()) {
                accepted.add(new Received(headers.getFirst("Idempotency-Key"), headers.getFirst("Chronology-Timestamp"),
                        headers.getFirst("Chronology-Signature"), new String(body, StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(204, -1);
            } else {
                refused.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
            }
            exchange.close();
        });
        receiver.start();
        return receiver;
    }

    private static void record(ApiClient agency, ObjectNode envelope) {
        var response = agency.post("/api/v1/events", envelope);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
    }

    private void awaitAccepted(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (accepted.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(accepted).as("delivered within " + timeout + " of the restart").isNotEmpty();
    }
}
