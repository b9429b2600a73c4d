package org.chronology.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * Live alerts, timed at a webhook receiver in the benchmark's process: from the acknowledgement of an emergency
 * department attendance of a child on a protection plan to the receipt of its alert, one child at a time while the
 * bulk load runs; and the alerts delivered per second when a batch of such attendances raises many at once.
 */
final class AlertLatency implements AutoCloseable {

    /** The service's options a run needs: a receiver on the loopback over plain HTTP. */
    static final List<String> SERVICE_OPTIONS = List.of("--chronology.alerts.webhooks.allow-loopback-http=true");

    /**
     * What was measured: latency over {@code probes} alerts, and of it the time until the alert was raised (its
     * {@code raisedAt}, by the service's clock on the same machine); {@code burst} alerts delivered at
     * {@code perSecond}.
     */
    record Alerts(Benchmark.Latency latencyMs, Benchmark.Latency untilRaisedMs, int probes, int burst,
                  double perSecond) {
    }

    private static final String LEAD = "CSC";
    private static final String HOSPITAL = "ACUTE-1";

    private final Http http;
    private final Map<String, String> tokens;
    private final HttpServer receiver;
    /** When each child's alert arrived (System.nanoTime), by child id. */
    private final Map<String, Long> receivedAt = new ConcurrentHashMap<>();
    /** When each child's alert was raised, as the alert says. */
    private final Map<String, Instant> raisedAt = new ConcurrentHashMap<>();
    private final List<Double> latencies = new CopyOnWriteArrayList<>();
    private final List<Double> untilRaised = new CopyOnWriteArrayList<>();

    /** Starts the receiver and subscribes the lead agency's alerts to it. */
    AlertLatency(Http http, String adminToken, Map<String, String> tokens) throws IOException {
        this.http = http;
        this.tokens = tokens;
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/alerts", exchange -> {
            long now = System.nanoTime();
            JsonNode alert = Http.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
            raisedAt.putIfAbsent(alert.get("childId").asText(), Instant.parse(alert.get("raisedAt").asText()));
            receivedAt.putIfAbsent(alert.get("childId").asText(), now);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        http.put(adminToken, "/api/v1/admin/webhook-hosts/127.0.0.1", "");
        Http.Response subscribed = http.post(tokens.get(LEAD), "/api/v1/subscriptions", Map.of("target",
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/alerts", "rules",
                List.of("UNSCHEDULED_CARE_ON_PLAN")));
        if (subscribed.status() != 201) {
            throw new IllegalStateException("subscription refused: " + subscribed.status() + " " + subscribed.body());
        }
    }

    /**
     * While {@code running}: a child is put on a plan, then attends (one post, as an emergency department's system
     * records it), and the time from that post's acknowledgement to its alert's receipt is noted.
     */
    void probeWhile(BooleanSupplier running) {
        for (int n = 0; running.getAsBoolean(); n++) {
            String child = "ALERT-" + n;
            post(LEAD, List.of(plan(child)));
            Http.Response attended = http.post(tokens.get(HOSPITAL), "/api/v1/events", attendance(child));
            long acknowledged = System.nanoTime();
            Instant acknowledgedAt = Instant.now();
            if (attended.status() != 201) {
                throw new IllegalStateException("attendance refused: " + attended.status() + " " + attended.body());
            }
            latencies.add((awaitAlert(child) - acknowledged) / 1e6);
            untilRaised.add(Duration.between(acknowledgedAt, raisedAt.get(child)).toNanos() / 1e6);
            sleep(200);
        }
    }

    /** {@code count} children on plans attend in one batch; the alerts per second until the last is received. */
    Alerts burst(int count) {
        List<Map<String, Object>> plans = new ArrayList<>();
        List<Map<String, Object>> attendances = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            plans.add(plan("ALERT-BURST-" + n));
            attendances.add(attendance("ALERT-BURST-" + n));
        }
        post(LEAD, plans);
        long acknowledged = post(HOSPITAL, attendances);
        long last = 0;
        for (int n = 0; n < count; n++) {
            last = Math.max(last, awaitAlert("ALERT-BURST-" + n));
        }
        return new Alerts(Benchmark.percentiles(latencies), Benchmark.percentiles(untilRaised), latencies.size(), count,
                count / ((last - acknowledged) / 1e9));
    }

    @Override
    public void close() {
        receiver.stop(0);
    }

    /** Posts the events as one batch of {@code agency}'s; returns when it was acknowledged (System.nanoTime). */
    private long post(String agency, List<Map<String, Object>> events) {
        Http.Response response = http.post(tokens.get(agency), "/api/v1/events/batch", Map.of("events", events));
        if (response.status() != 200 || response.body().get("rejected").asInt() != 0) {
            throw new IllegalStateException("batch refused: " + response.status() + " " + response.body());
        }
        return System.nanoTime();
    }

    /** When the child's alert arrived; a minute without it fails the run. */
    private long awaitAlert(String child) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!receivedAt.containsKey(child)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no alert for " + child + " within a minute");
            }
            sleep(1);
        }
        return receivedAt.get(child);
    }

    private static Map<String, Object> plan(String child) {
        return Map.of("eventId", child + "-plan", "type", "cp_plan.started", "recordingAgency", LEAD,
                "occurredAt", LocalDate.now(ZoneOffset.UTC).minusDays(30).toString(), "children", List.of(child),
                "summary", "Child protection plan");
    }

    private static Map<String, Object> attendance(String child) {
        return Map.of("eventId", child + "-ed", "type", "hospital.ed_attendance", "recordingAgency", HOSPITAL,
                "occurredAt", LocalDate.now(ZoneOffset.UTC).toString(), "children", List.of(child),
                "summary", "Attended the emergency department");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
