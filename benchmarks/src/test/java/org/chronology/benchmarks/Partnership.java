package org.chronology.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A generated partnership as its users made it on the H2 service: agencies with their tokens, the events posted
 * in two halves (the instant between them is one the "as known to" views are read at), a review of a few
 * children with its reviewer's token, and a grant for an agency that records nothing about its child. Then what
 * they read: the views, and the audit of those reads.
 */
final class Partnership {

    private static final String ADMIN = ServiceLauncher.ADMIN_TOKEN;
    /** An agency of the partnership that the generator never records for: it reads a child only by a grant. */
    private static final String GRANTED = "IRO";

    private final Map<String, String> tokens;
    private final String reviewer;
    private final String grantedChild;
    private final PartnershipViews views;
    private Map<String, JsonNode> read;
    private Set<JsonNode> audit;

    private Partnership(Map<String, String> tokens, String reviewer, String grantedChild, PartnershipViews views) {
        this.tokens = tokens;
        this.reviewer = reviewer;
        this.grantedChild = grantedChild;
        this.views = views;
    }

    static Partnership recordOn(Http http, DataGenerator.Generated data) throws Exception {
        Map<String, String> tokens = new LinkedHashMap<>();
        DataGenerator.AGENCIES.forEach((code, sector) -> {
            http.put(ADMIN, "/api/v1/agencies/" + code, Map.of("name", code, "sector", sector));
            tokens.put(code, created(http.post(ADMIN, "/api/v1/agencies/" + code + "/tokens",
                    Map.of("issuedTo", "worker of " + code))).get("token").asText());
        });
        List<DataGenerator.Batch> batches = data.batches();
        post(http, tokens, batches.subList(0, batches.size() / 2));
        Instant between = Instant.now();
        post(http, tokens, batches.subList(batches.size() / 2, batches.size()));
        List<String> children = new ArrayList<>();
        for (int c : new int[]{0, 1, 5, 6, 50, 100, 150, 199}) {
            if (data.eventsPerChild().containsKey("B-" + c)) {
                children.add("B-" + c);
            }
        }
        String reviewer = created(http.post(ADMIN, "/api/v1/reviews", Map.of("name", "before the move",
                "children", children, "from", "1900-01-01", "to", "2100-12-31"))).get("token").asText();
        created(http.post(ADMIN, "/api/v1/children/" + children.get(0) + "/grants", Map.of("agency", GRANTED,
                "reason", "a report for the review", "until", Instant.now().plus(Duration.ofDays(30)).toString())));
        return new Partnership(tokens, reviewer, children.get(0),
                new PartnershipViews(children, List.of(between, Instant.now())));
    }

    /** Reads every view and then the audit, and keeps them to compare with. */
    void readAll(Http http) {
        read = views(http);
        if (grantedRead(http) != 200) {
            throw new IllegalStateException("the grant does not open the child's record");
        }
        audit = PartnershipViews.audit(http, ADMIN);
    }

    Map<String, JsonNode> views() {
        return read;
    }

    Map<String, JsonNode> views(Http http) {
        return views.read(http, reviewer, tokens.get("CSC"));
    }

    Set<JsonNode> audit() {
        return audit;
    }

    int grantedRead(Http http) {
        return http.get(tokens.get(GRANTED), "/api/v1/children/" + grantedChild + "/timeline").status();
    }

    /** An agency's token from before the move records one more event; it is stored as CSC:after-the-move. */
    void postOneMore(Http http) {
        JsonNode answer = http.post(tokens.get("CSC"), "/api/v1/events/batch", Map.of("events", List.of(Map.of(
                "eventId", "after-the-move", "type", "visit.home", "recordingAgency", "CSC",
                "occurredAt", "2025-12-30", "children", List.of(grantedChild), "summary", "after the move")))).body();
        if (answer.get("recorded").asInt() != 1) {
            throw new IllegalStateException("not recorded: " + answer);
        }
    }

    private static void post(Http http, Map<String, String> tokens, List<DataGenerator.Batch> batches) throws Exception {
        ExecutorService posters = Executors.newFixedThreadPool(2);
        try {
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (DataGenerator.Batch batch : batches) {
                answers.add(posters.submit(() -> http.post(tokens.get(batch.agency()), "/api/v1/events/batch",
                        Map.of("events", batch.events()))));
            }
            for (Future<Http.Response> answer : answers) {
                JsonNode body = answer.get().body();
                if (answer.get().status() != 200 || body.get("rejected").asInt() != 0) {
                    throw new IllegalStateException("a batch was refused: " + body);
                }
            }
        } finally {
            posters.shutdown();
        }
    }

    private static JsonNode created(Http.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
        return response.body();
    }
}
