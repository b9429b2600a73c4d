package org.chronology.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.api.support.ApiClient.MAPPER;

/**
 * A running service as its users meet it: an administrator, agencies posting their own events with their own
 * tokens, and reviewers reading the children of their review.
 */
public final class Service {

    public static final String ADMIN_TOKEN = "test-admin-token-5f0c7d3e9a1b4c28";

    private final int port;
    private final ApiClient anonymous;
    private final ApiClient admin;
    private final Map<String, ApiClient> agencies = new ConcurrentHashMap<>();
    private final Map<String, ApiClient> readers = new ConcurrentHashMap<>();

    public Service(int port) {
        this.port = port;
        this.anonymous = new ApiClient(port);
        this.admin = anonymous.as(ADMIN_TOKEN);
    }

    public int port() {
        return port;
    }

    public ApiClient anonymous() {
        return anonymous;
    }

    public ApiClient admin() {
        return admin;
    }

    public void registerAgencies(Map<String, String> sectors) {
        sectors.forEach((code, sector) -> {
            var response = admin.put("/api/v1/agencies/" + code, Map.of("name", code, "sector", sector));
            assertThat(response.status()).as(response.text()).isIn(200, 201);
        });
    }

    /** A client holding a token of {@code agency} (issued once per service). */
    public ApiClient agency(String agency) {
        return agencies.computeIfAbsent(agency, code -> {
            var response = admin.post("/api/v1/agencies/" + code + "/tokens", Map.of("issuedTo", "Worker of " + code));
            assertThat(response.status()).as(response.text()).isEqualTo(201);
            return anonymous.as(response.json().get("token").asText());
        });
    }

    /** A client holding a reviewer token for a review of {@code children} over all time. */
    public ApiClient reviewer(String... children) {
        return readers.computeIfAbsent(String.join(",", children), key -> {
            var response = admin.post("/api/v1/reviews", Map.of("name", "Review of " + key,
                    "children", List.of(children), "from", "1900-01-01", "to", "2100-12-31"));
            assertThat(response.status()).as(response.text()).isEqualTo(201);
            return anonymous.as(response.json().get("token").asText());
        });
    }

    public ApiClient dashboard() {
        return readers.computeIfAbsent("(dashboard)", key -> {
            var response = admin.post("/api/v1/dashboard-tokens", "");
            assertThat(response.status()).as(response.text()).isEqualTo(201);
            return anonymous.as(response.json().get("token").asText());
        });
    }

    /**
     * Posts envelopes in their order, each run of one recording agency as a batch with that agency's token, and
     * asserts that every one was acknowledged. Returns the summed counts.
     */
    public JsonNode postAll(List<ObjectNode> envelopes) {
        int recorded = 0;
        int duplicates = 0;
        List<ObjectNode> run = new ArrayList<>();
        for (int i = 0; i <= envelopes.size(); i++) {
            boolean sameAgency = i < envelopes.size() && (run.isEmpty()
                    || run.get(0).get("recordingAgency").equals(envelopes.get(i).get("recordingAgency")));
            if (!sameAgency) {
                String agency = run.get(0).get("recordingAgency").asText();
                var response = agency(agency).post("/api/v1/events/batch", Map.of("events", run));
                assertThat(response.status()).as(agency + ": " + response.text()).isEqualTo(200);
                assertThat(response.json().get("rejected").asInt()).as(response.text()).isZero();
                recorded += response.json().get("recorded").asInt();
                duplicates += response.json().get("duplicates").asInt();
                run = new ArrayList<>();
            }
            if (i < envelopes.size()) {
                run.add(envelopes.get(i));
            }
        }
        ObjectNode counts = MAPPER.createObjectNode();
        counts.put("recorded", recorded).put("duplicates", duplicates).put("rejected", 0);
        return counts;
    }

    public JsonNode read(String childId, String what, String query) {
        var response = reviewer(childId).get("/api/v1/children/" + childId + "/" + what + (query.isEmpty() ? "" : "?" + query));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }
}
