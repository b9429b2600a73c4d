package org.chronology.api.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.chronology.api.projection.ProjectionProgress;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.api.support.ApiClient.MAPPER;

/**
 * The journey of a live alert over real HTTP: a child on a protection plan attends the emergency department, and
 * the lead agency's webhook receiver, started here, gets one signed alert naming the child, the entry and the
 * rule, and nothing the entry says, and the hospital's answer names the lead agency to contact; an administrator's redelivery carries the same idempotency id; the lead agency
 * lists and acknowledges it; a target not on the allow-list is refused.
 */
class AlertsTest extends ServiceTest {

    private static final String LEAD = "AL-CSC";
    private static final String HOSPITAL = "AL-ED";
    private static final String CHILD = "AL-Child-1";

    /** One request the receiver got: its headers of interest and body. */
    private record Received(String idempotencyKey, String timestamp, String signature, String body) {
    }

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private ProjectionProgress progress;

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger refuseFirst = new AtomicInteger();
    private HttpServer receiver;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            var headers = exchange.getRequestHeaders();
            int status = refuseFirst.getAndDecrement() > 0 ? 503 : 204;
            if (status == 204) {
                received.add(new Received(headers.getFirst("Idempotency-Key"), headers.getFirst("Chronology-Timestamp"),
                        headers.getFirst("Chronology-Signature"), new String(body, StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aChildOnAPlanAttendsTheEmergencyDepartment_thenTheLeadAgencyGetsOneSignedAlert() throws Exception {
        registerAgencies(Map.of(LEAD, "la.csc", HOSPITAL, "health.acute"));
        assertThat(admin.raw("PUT", "/api/v1/admin/webhook-hosts/127.0.0.1", null, new byte[0]).status()).isIn(200, 201);
        ApiClient lead = asAgency(LEAD);
        var subscribed = lead.post("/api/v1/subscriptions", Map.of("target", target(),
                "rules", List.of("UNSCHEDULED_CARE_ON_PLAN"), "children", List.of(CHILD)));
        assertThat(subscribed.status()).as(subscribed.text()).isEqualTo(201);
        String secret = subscribed.json().get("secret").asText();
        String subscription = subscribed.json().get("subscriptionId").asText();
        refuseFirst.set(1); // the receiver is down for the first attempt: the delivery is retried

        List<String> streamed = openStream(LEAD);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        record(lead, Envelope.of("AL-CP-1", "cp_plan.started", LEAD, today.minusDays(40).toString(), CHILD,
                "Child protection plan"));
        ObjectNode allocation = Envelope.allocation("AL-SW-1", LEAD, today.minusDays(40).toString(), CHILD, "SW-7");
        allocation.putObject("details").put("team", "Locality Team North");
        record(lead, allocation);
        ObjectNode attendance = Envelope.of("AL-ED-1", "hospital.ed_attendance", HOSPITAL, today.toString(), CHILD,
                "Attended with a scald to the left hand");
        attendance.putObject("details").put("arrival", "self_presented");
        JsonNode answer = record(asAgency(HOSPITAL), attendance);
        assertThat(answer.get("protection")).as("the hospital is told whom to contact, and nothing of the record")
                .isEqualTo(MAPPER.readTree("[{\"childId\":\"" + CHILD + "\",\"status\":\"cp_plan\","
                        + "\"contact\":[{\"agency\":\"" + LEAD + "\",\"team\":\"Locality Team North\"}]}]"));
        ObjectNode otherChild = Envelope.of("AL-ED-2", "hospital.ed_attendance", HOSPITAL, today.toString(),
                "AL-Child-2", "Attended");
        assertThat(record(asAgency(HOSPITAL), otherChild).has("protection")).as("a child on no plan").isFalse();

        Received alert = awaitReceived(1).get(0);
        assertThat(alert.signature()).isEqualTo(Signature.of(secret, alert.timestamp(), alert.body()));
        assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(alert.timestamp()))).isLessThan(60);
        JsonNode body = MAPPER.readTree(alert.body());
        assertThat(body.get("alertId").asText()).isEqualTo(alert.idempotencyKey());
        assertThat(body.get("rule").asText()).isEqualTo("UNSCHEDULED_CARE_ON_PLAN");
        assertThat(body.get("reason").asText()).isEqualTo("cp_plan");
        assertThat(body.get("childId").asText()).isEqualTo(CHILD);
        assertThat(body.get("entryId").asText()).isEqualTo(HOSPITAL + ":AL-ED-1");
        assertThat(body.get("link").asText()).isEqualTo("/api/v1/children/" + CHILD + "/timeline");
        assertThat(alert.body()).as("ids, rule, time and link: not the record's content").doesNotContain("scald");
        Thread.sleep(1000);
        assertThat(received).as("one alert, delivered once").hasSize(1);
        assertThat(streamed).as("pushed to the lead agency's open stream").contains("event:alert",
                "id:" + alert.idempotencyKey());

        JsonNode list = lead.get("/api/v1/alerts").json();
        assertThat(list.get("open").asInt()).as("how many are open, for the badge").isEqualTo(1);
        JsonNode listed = list.get("alerts");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("alertId").asText()).isEqualTo(alert.idempotencyKey());
        assertThat(listed.get(0).get("acknowledgedAt").isNull()).isTrue();
        assertThat(asAgency(HOSPITAL).get("/api/v1/alerts").json().get("alerts")).as("not the recorder's").isEmpty();

        var deliveries = admin.get("/api/v1/admin/subscriptions/" + subscription + "/deliveries").json()
                .get("deliveries");
        assertThat(deliveries.get(0).get("attempts").asInt()).as("the first attempt failed").isEqualTo(2);
        var redelivered = admin.post("/api/v1/admin/subscriptions/" + subscription + "/redeliver?from="
                + deliveries.get(0).get("delivery").asLong(), "");
        assertThat(redelivered.json().get("requeued").asInt()).as(redelivered.text()).isEqualTo(1);
        Received again = awaitReceived(2).get(1);
        assertThat(again.idempotencyKey()).isEqualTo(alert.idempotencyKey());
        assertThat(again.signature()).isEqualTo(Signature.of(secret, again.timestamp(), again.body()));

        assertThat(asAgency(HOSPITAL).post("/api/v1/alerts/" + alert.idempotencyKey() + "/acknowledge", "").status())
                .as("only the alerted agency acknowledges").isEqualTo(404);
        var acknowledged = lead.post("/api/v1/alerts/" + alert.idempotencyKey() + "/acknowledge", "");
        assertThat(acknowledged.status()).as(acknowledged.text()).isEqualTo(200);
        assertThat(acknowledged.json().get("acknowledgedBy").asText()).isEqualTo("Worker of " + LEAD);
        assertThat(lead.get("/api/v1/alerts?open=true").json().get("alerts")).isEmpty();
        assertThat(lead.get("/api/v1/alerts").json().get("open").asInt()).isZero();
        JsonNode documented = api.get("/v3/api-docs").json().at("/components/schemas/AlertList");
        assertThat(documented.get("required")).extracting(JsonNode::asText).contains("alerts", "open");
        assertThat(documented.at("/properties/open/description").asText()).startsWith("How many of all");
    }

    @Test
    void anInjuryToABabyNobodyAcknowledges_isEscalatedToTheAdministrators_liveOnTheirStream() throws Exception {
        String lead = "AL-CSC-B"; // its own lead agency: the first test counts its agency's alerts
        registerAgencies(Map.of(lead, "la.csc", "AL-HV", "health.community"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String baby = "AL-Baby-1";
        ObjectNode born = Envelope.of("AL-DOB-1", "person.recorded", lead, today.minusMonths(3).toString(), baby,
                "Particulars");
        born.putObject("details").put("dateOfBirth", today.minusMonths(3).toString());
        record(asAgency(lead), born);
        List<String> agencyStream = openStream(lead);
        List<String> administratorsStream = admin.lines("/api/v1/alerts/stream");
        awaitLines(agencyStream, ":alerts of " + lead);
        awaitLines(administratorsStream, ":escalated alerts");
        ObjectNode bruise = Envelope.of("AL-INJ-1", "injury.observed", "AL-HV", today.toString(), baby,
                "Bruise seen at a home visit");
        bruise.putObject("details").put("suspectedNAI", true);
        record(asAgency("AL-HV"), bruise);

        JsonNode alert = await(() -> find(asAgency(lead).get("/api/v1/alerts").json(), "NAI_IN_BABY", baby));
        assertThat(alert.get("reason").asText()).isEqualTo("under_1y");
        JsonNode escalated = await(() -> find(admin.get("/api/v1/admin/alerts/escalated").json(), "NAI_IN_BABY", baby));
        assertThat(escalated.get("alertId")).isEqualTo(alert.get("alertId"));
        assertThat(escalated.get("acknowledgedAt").isNull()).isTrue();
        assertThat(asAgency(lead).get("/api/v1/admin/alerts/escalated").status()).isEqualTo(403);
        String id = "id:" + alert.get("alertId").asText();
        awaitLines(administratorsStream, "event:escalated", id);
        assertThat(administratorsStream).as("the administrators are not sent the alert as raised")
                .doesNotContain("event:alert");
        awaitLines(agencyStream, "event:alert", "event:escalated", id);
    }

    @Test
    void whileTheAlertsProcessorIsBehind_anAttendanceIsAlertedOnceItIsAcknowledged_andOnlyOnce() throws Exception {
        String lead = "AO-CSC";
        String hospital = "AO-ED";
        String child = "AO-Child-1";
        registerAgencies(Map.of(lead, "la.csc", hospital, "health.acute"));
        StreamingEventProcessor processor = processing.eventProcessor("alerts", StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown(); // as a bulk load leaves it, minutes behind
        try {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            record(asAgency(lead), Envelope.of("AO-CP-1", "cp_plan.started", lead, today.minusDays(10).toString(),
                    child, "Child protection plan"));
            record(asAgency(hospital), Envelope.of("AO-ED-1", "hospital.ed_attendance", hospital, today.toString(),
                    child, "Attended"));

            JsonNode alert = await(() -> find(asAgency(lead).get("/api/v1/alerts").json(), "UNSCHEDULED_CARE_ON_PLAN",
                    child));
            assertThat(alert.get("entryId").asText()).isEqualTo(hospital + ":AO-ED-1");
        } finally {
            processor.start();
        }
        assertThat(progress.awaitCatchUp("alerts")).as("the processor judged the entries again").isTrue();
        assertThat(asAgency(lead).get("/api/v1/alerts").json().get("alerts")).as("and found the alert raised")
                .hasSize(1);
    }

    @Test
    void aTargetNotOnTheAllowListIsRefusedAndNothingIsStored() {
        registerAgencies(Map.of(LEAD, "la.csc"));
        ApiClient lead = asAgency(LEAD);
        int before = lead.get("/api/v1/subscriptions").json().get("subscriptions").size();
        for (String target : List.of("https://hooks.not-allowed.example/alerts", "ftp://127.0.0.1/hook", "not a url")) {
            var refused = lead.post("/api/v1/subscriptions", Map.of("target", target));
            assertThat(refused.status()).as(target).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("target");
        }
        var unknownRule = lead.post("/api/v1/subscriptions", Map.of("target", "https://hooks.not-allowed.example/a",
                "rules", List.of("NO_SUCH_RULE")));
        assertThat(unknownRule.status()).isEqualTo(400);
        assertThat(lead.get("/api/v1/subscriptions").json().get("subscriptions")).hasSize(before);
        assertThat(admin.post("/api/v1/subscriptions", Map.of("target", target())).status()).isEqualTo(403);
    }

    private String target() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private static JsonNode record(ApiClient agency, ObjectNode envelope) {
        var response = agency.post("/api/v1/events", envelope);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json();
    }

    /** Opens the agency's alert stream with a token of its own; returns the lines it sends, as they come. */
    private List<String> openStream(String agency) {
        String token = admin.post("/api/v1/agencies/" + agency + "/tokens", Map.of("issuedTo", "Stream of " + agency))
                .json().get("token").asText();
        return admin.as(token).lines("/api/v1/alerts/stream");
    }

    private static JsonNode find(JsonNode list, String rule, String child) {
        for (JsonNode alert : list.get("alerts")) {
            if (alert.get("rule").asText().equals(rule) && alert.get("childId").asText().equals(child)) {
                return alert;
            }
        }
        return null;
    }

    private static JsonNode await(java.util.function.Supplier<JsonNode> found) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode value = found.get();
        while (value == null && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            value = found.get();
        }
        assertThat(value).as("within 20 s").isNotNull();
        return value;
    }

    private static void awaitLines(List<String> stream, String... lines) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (!stream.containsAll(List.of(lines)) && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        assertThat(stream).contains(lines);
    }

    private List<Received> awaitReceived(int count) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (received.size() < count && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        assertThat(received).hasSize(count);
        return List.copyOf(received);
    }
}
