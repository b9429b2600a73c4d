package org.chronology.api.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against every kind of caller, with the exact status each must get. A child the caller may
 * not read is refused the same way whether or not it exists.
 */
class AuthorizationMatrixTest extends ServiceTest {

    private static final String CHILD = "AM-Child";
    private static final String UNKNOWN_CHILD = "AM-Nobody";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Map<String, ApiClient> callers = new LinkedHashMap<>();

    @BeforeEach
    void callers() {
        registerAgencies(Map.of("AM-OWN", "health.community", "AM-OTHER", "education", "AM-THIRD", "vcs"));
        postAll(List.of(Envelope.of("AM-1", "visit.home", "AM-OWN", "2019-02-01", CHILD, "Visit")));
        ApiClient revoked = api.as(admin.post("/api/v1/agencies/AM-OWN/tokens", Map.of("issuedTo", "Leaver"))
                .json().get("token").asText());
        String revokedId = admin.get("/api/v1/tokens").json().findValuesAsText("tokenId").stream()
                .reduce((first, second) -> second).orElseThrow();
        assertThat(admin.raw("DELETE", "/api/v1/tokens/" + revokedId, null, new byte[0]).status()).isEqualTo(204);

        callers.put("none", api);
        callers.put("garbage", api.as("chr_0000000000000000_" + "x".repeat(43)));
        callers.put("revoked", revoked);
        callers.put("admin", admin);
        callers.put("agency", asAgency("AM-OWN"));
        callers.put("otherAgency", asAgency("AM-OTHER"));
        callers.put("reviewer", service.reviewer(CHILD));
        callers.put("otherReviewer", service.reviewer("AM-Elsewhere"));
        callers.put("dashboard", service.dashboard());
    }

    private record Row(String endpoint, Function<ApiClient, ApiClient.Response> call, Map<String, Integer> expected) {
    }

    private static Map<String, Integer> statuses(int none, int garbage, int revoked, int admin, int agency,
                                                 int otherAgency, int reviewer, int otherReviewer, int dashboard) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("none", none);
        m.put("garbage", garbage);
        m.put("revoked", revoked);
        m.put("admin", admin);
        m.put("agency", agency);
        m.put("otherAgency", otherAgency);
        m.put("reviewer", reviewer);
        m.put("otherReviewer", otherReviewer);
        m.put("dashboard", dashboard);
        return m;
    }

    private static ObjectNode freshEvent() {
        return Envelope.of("AM-new-" + SEQUENCE.incrementAndGet(), "visit.home", "AM-OWN", "2019-03-01", CHILD, "Visit");
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> adminOnly = statuses(401, 401, 401, 200, 403, 403, 403, 403, 403);
        Map<String, Integer> anyone = statuses(401, 401, 401, 200, 200, 200, 200, 200, 200);
        // The agency that recorded a visit sees its own knowledge of the child; the whole record is not its to read.
        Map<String, Integer> childReaders = statuses(401, 401, 401, 403, 200, 403, 200, 403, 403);
        Map<String, Integer> wholeRecordReaders = statuses(401, 401, 401, 403, 403, 403, 200, 403, 403);
        Map<String, Integer> nobodyReadsUnknown = statuses(401, 401, 401, 403, 403, 403, 403, 403, 403);
        rows.add(new Row("PUT agency", c -> c.put("/api/v1/agencies/AM-OWN",
                Map.of("name", "AM-OWN", "sector", "health.community")), adminOnly));
        rows.add(new Row("GET agencies", c -> c.get("/api/v1/agencies"), anyone));
        rows.add(new Row("POST agency token", c -> c.post("/api/v1/agencies/AM-OWN/tokens", Map.of("issuedTo", "New starter")),
                statuses(401, 401, 401, 201, 403, 403, 403, 403, 403)));
        rows.add(new Row("POST review", c -> c.post("/api/v1/reviews", Map.of("name", "r", "children", List.of(CHILD),
                "from", "2019-01-01", "to", "2019-12-31")), statuses(401, 401, 401, 201, 403, 403, 403, 403, 403)));
        rows.add(new Row("POST dashboard token", c -> c.post("/api/v1/dashboard-tokens", ""),
                statuses(401, 401, 401, 201, 403, 403, 403, 403, 403)));
        rows.add(new Row("GET tokens", c -> c.get("/api/v1/tokens"), adminOnly));
        rows.add(new Row("DELETE token", c -> c.raw("DELETE", "/api/v1/tokens/" + throwawayTokenId(), null, new byte[0]),
                statuses(401, 401, 401, 204, 403, 403, 403, 403, 403)));
        rows.add(new Row("GET audit", c -> c.get("/api/v1/audit?childId=" + CHILD), adminOnly));
        rows.add(new Row("GET first reads", c -> c.get("/api/v1/audit?firstReads=true"), adminOnly));
        // Grants are the lead agency's (none here: AM-OWN is a health agency) and administrators'.
        rows.add(new Row("GET grants", c -> c.get("/api/v1/children/" + CHILD + "/grants"),
                statuses(401, 401, 401, 200, 403, 403, 403, 403, 403)));
        rows.add(new Row("POST grant", c -> c.post("/api/v1/children/" + CHILD + "/grants", Map.of("agency", "AM-THIRD",
                "reason", "matrix", "until", java.time.Instant.now().plusSeconds(60).toString())),
                statuses(401, 401, 401, 201, 403, 403, 403, 403, 403)));
        rows.add(new Row("GET projections", c -> c.get("/api/v1/admin/projections"), adminOnly));
        rows.add(new Row("GET findings status", c -> c.get("/api/v1/admin/findings"), adminOnly));
        rows.add(new Row("GET dead letters", c -> c.get("/api/v1/admin/dead-letters"), adminOnly));
        rows.add(new Row("POST dead letters retry", c -> c.post("/api/v1/admin/dead-letters/turnover/retry", ""),
                adminOnly));
        rows.add(new Row("POST event", c -> c.post("/api/v1/events", freshEvent()),
                statuses(401, 401, 401, 403, 201, 403, 403, 403, 403)));
        rows.add(new Row("POST batch", c -> c.post("/api/v1/events/batch", Map.of("events", List.of(freshEvent()))),
                statuses(401, 401, 401, 403, 200, 200, 403, 403, 403)));
        for (String what : List.of("timeline", "export.csv", "turnover", "gaps", "knowledge", "household",
                "household/export.csv")) {
            rows.add(new Row("GET " + what, c -> c.get("/api/v1/children/" + CHILD + "/" + what),
                    what.startsWith("timeline") || what.contains("export") || what.startsWith("household")
                            ? childReaders : wholeRecordReaders));
            rows.add(new Row("GET " + what + " of an unknown child",
                    c -> c.get("/api/v1/children/" + UNKNOWN_CHILD + "/" + what), nobodyReadsUnknown));
        }
        // A person's record is read by those who may read a child of the person's household: here, the child.
        for (String what : List.of("timeline", "export.csv")) {
            rows.add(new Row("GET person " + what, c -> c.get("/api/v1/people/" + CHILD + "/" + what), childReaders));
            rows.add(new Row("GET person " + what + " of an unknown person",
                    c -> c.get("/api/v1/people/" + UNKNOWN_CHILD + "/" + what), nobodyReadsUnknown));
        }
        rows.add(new Row("GET rules", c -> c.get("/api/v1/rules"), anyone));
        rows.add(new Row("GET event types", c -> c.get("/api/v1/event-types"), anyone));
        for (String aggregate : List.of("summary", "findings/by-rule", "findings/by-agency", "findings/by-month",
                "missed-appointments/by-month", "turnover")) {
            rows.add(new Row("GET dashboard " + aggregate, c -> c.get("/api/v1/dashboard/" + aggregate),
                    statuses(401, 401, 401, 403, 403, 403, 403, 403, 200)));
        }
        // Health is public, but a bad token is refused wherever it is presented.
        rows.add(new Row("GET health", c -> c.get("/actuator/health"), statuses(200, 401, 401, 200, 200, 200, 200, 200, 200)));
        return rows;
    }

    private String throwawayTokenId() {
        return admin.post("/api/v1/dashboard-tokens", "").json().get("tokenId").asText();
    }

    @Test
    void everyEndpointAnswersEachCallerExactly() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Row row : rows()) {
            for (Map.Entry<String, Integer> cell : row.expected().entrySet()) {
                ApiClient.Response response = row.call().apply(callers.get(cell.getKey()));
                cells++;
                if (response.status() != cell.getValue()) {
                    wrong.add(row.endpoint() + " as " + cell.getKey() + ": expected " + cell.getValue() + ", got "
                            + response.status() + " " + response.text().substring(0, Math.min(120, response.text().length())));
                } else if (response.status() >= 400) {
                    assertThat(response.contentType()).as(row.endpoint() + " as " + cell.getKey())
                            .startsWith("application/problem+json");
                }
            }
        }
        assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
        assertThat(cells).isGreaterThan(200);
    }

    @Test
    void anAgencyBatchRejectsOnlyTheEventsItMayNotRecord() {
        var response = asAgency("AM-OTHER").post("/api/v1/events/batch", Map.of("events", List.of(freshEvent(),
                Envelope.of("AM-x-" + SEQUENCE.incrementAndGet(), "visit.home", "AM-OTHER", "2019-03-01", "AM-Child-B",
                        "Visit"))));

        assertThat(response.json().get("results").get(0).get("problem").get("status").asInt()).isEqualTo(403);
        assertThat(response.json().get("results").get(1).get("status").asText()).isEqualTo("recorded");
    }

    @Test
    void everyReadOfAChildIsAuditedAndListedPerChildAndPerToken() {
        ApiClient reviewer = service.reviewer(CHILD);
        reviewer.get("/api/v1/children/" + CHILD + "/timeline");
        reviewer.get("/api/v1/children/" + CHILD + "/gaps");

        var audit = awaitAudit(CHILD);
        assertThat(audit.findValuesAsText("endpoint")).contains("timeline", "gaps");
        assertThat(audit.findValuesAsText("role")).contains("reviewer");
        String tokenId = audit.get(0).get("tokenId").asText();
        assertThat(admin.get("/api/v1/audit?tokenId=" + tokenId).json().findValuesAsText("childId")).contains(CHILD);
    }

    @Test
    void aReviewerSeesOnlyTheReviewPeriod() {
        postAll(List.of(Envelope.of("AM-2015", "visit.home", "AM-OWN", "2015-06-01", CHILD, "Earlier visit")));
        var review = admin.post("/api/v1/reviews", Map.of("name", "2019 only", "children", List.of(CHILD),
                "from", "2019-01-01", "to", "2019-12-31")).json();
        var timeline = api.as(review.get("token").asText()).get("/api/v1/children/" + CHILD + "/timeline").json();

        assertThat(timeline.get("entries").findValuesAsText("eventId")).contains("AM-1").doesNotContain("AM-2015");
    }

    @Test
    void responsesCarrySecurityHeaders() {
        ApiClient.Response response = admin.get("/api/v1/agencies");
        assertThat(response.status()).isEqualTo(200);
        var raw = admin.rawHeaders("/api/v1/agencies");
        assertThat(raw.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(raw.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(raw.firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
        assertThat(raw.firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(raw.firstValue("Referrer-Policy")).contains("no-referrer");
    }

    private com.fasterxml.jackson.databind.JsonNode awaitAudit(String child) {
        for (int i = 0; i < 100; i++) {
            var audit = admin.get("/api/v1/audit?childId=" + child).json();
            if (audit.findValuesAsText("endpoint").containsAll(List.of("timeline", "gaps"))) {
                return audit;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return admin.get("/api/v1/audit?childId=" + child).json();
    }
}
