package org.chronology.api.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.api.ChronologyApplication;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer's journey over real HTTP: three agencies' records of one strategy meeting read as one row; the
 * reviewer splits one source out, joins two rows the matcher missed and notes an entry; agencies and dashboards
 * never see the note; the rows and the note survive a replay of the timeline, a rebuild of the workspace from the
 * review's stream and a restart of the service.
 */
class ReviewWorkspaceJourneyTest {

    private static final String CHILD = "WS-Child";
    private static final String NOTE = "WS note: the father's history was not used";

    @TempDir
    Path data;

    @Test
    void aReviewersRowsAndNotesAreItsOwnAndSurviveAReplayAndARestart() throws InterruptedException {
        Service service;
        ApiClient reviewer;
        String base;
        JsonNode rows;
        try (ConfigurableApplicationContext first = start(0)) {
            service = new Service(port(first));
            service.registerAgencies(Map.of("WS-CSC", "la.csc", "WS-POL", "justice.police", "WS-HLT", "health.community"));
            service.postAll(List.of(
                    Envelope.of("WS-1", "strategy.meeting", "WS-CSC", "2018-03-14", CHILD, "Strategy meeting held"),
                    Envelope.of("WS-2", "strategy.meeting", "WS-POL", "2018-03-14", CHILD, "Attended strategy meeting"),
                    Envelope.of("WS-3", "strategy.discussion", "WS-HLT", "2018-03-14", CHILD, "Strategy discussion"),
                    Envelope.of("WS-4", "visit.home", "WS-CSC", "2018-03-20", CHILD, "Joint home visit"),
                    Envelope.of("WS-5", "contact.in_person", "WS-HLT", "2018-03-20", CHILD, "Seen at home with CSC")));
            JsonNode review = service.admin().post("/api/v1/reviews", Map.of("name", "WS review", "children",
                    List.of(CHILD), "from", "2018-01-01", "to", "2018-12-31", "issuedTo", "Rita Reviewer")).json();
            reviewer = service.anonymous().as(review.get("token").asText());
            base = "/api/v1/reviews/" + review.get("reviewId").asText();

            assertThat(sources(reviewer.get(base + "/chronology").json())).containsExactly(
                    List.of("WS-CSC:WS-1", "WS-POL:WS-2", "WS-HLT:WS-3"), List.of("WS-CSC:WS-4"), List.of("WS-HLT:WS-5"));

            assertThat(reviewer.post(base + "/rows/split", Map.of("entry", "WS-POL:WS-2")).status()).isEqualTo(200);
            assertThat(reviewer.post(base + "/rows/join", Map.of("entries", List.of("WS-CSC:WS-4", "WS-HLT:WS-5")))
                    .status()).isEqualTo(200);
            assertThat(reviewer.post(base + "/notes", Map.of("on", "entry", "ref", "WS-CSC:WS-1", "text", NOTE))
                    .status()).isEqualTo(201);
            rows = reviewer.get(base + "/chronology").json().get("rows");
            assertThat(sources(rows)).containsExactly(List.of("WS-CSC:WS-1", "WS-HLT:WS-3"), List.of("WS-POL:WS-2"),
                    List.of("WS-CSC:WS-4", "WS-HLT:WS-5"));

            assertAgenciesAndDashboardsNeverSeeTheNote(service, base);

            assertThat(service.admin().post("/api/v1/admin/projections/timeline/replay", "").status()).isEqualTo(202);
            awaitTimelineRebuilt(service);
            assertThat(reviewer.get(base + "/chronology").json().get("rows")).isEqualTo(rows);

            // The workspace's own tables rebuilt from the review's stream hold the same decisions and note.
            JsonNode workspace = reviewer.get(base + "/workspace").json();
            JsonNode rebuilt = service.admin().post("/api/v1/admin/review-workspace/rebuild", "").json();
            assertThat(rebuilt.get("events").asInt()).isEqualTo(3);
            assertThat(reviewer.get(base + "/workspace").json()).isEqualTo(workspace);
            assertThat(reviewer.get(base + "/chronology").json().get("rows")).isEqualTo(rows);
        }
        // Same port, so the reviewer's token issued before the restart is used after it.
        try (ConfigurableApplicationContext second = start(service.port())) {
            JsonNode chronology = reviewer.get(base + "/chronology").json();
            assertThat(chronology.get("rows")).isEqualTo(rows);
            JsonNode note = chronology.get("workspace").get("notes").get(0);
            assertThat(note.get("text").asText()).isEqualTo(NOTE);
            assertThat(note.get("author").asText()).isEqualTo("Rita Reviewer");
            assertThat(service.admin().get(base + "/workspace").json().get("decisions")).hasSize(2);
        }
    }

    private static void assertAgenciesAndDashboardsNeverSeeTheNote(Service service, String base) {
        ApiClient agency = service.agency("WS-CSC");
        ApiClient dashboard = service.dashboard();
        for (ApiClient caller : List.of(agency, dashboard)) {
            assertThat(caller.get(base + "/workspace").status()).isEqualTo(403);
            assertThat(caller.get(base + "/chronology").status()).isEqualTo(403);
        }
        for (String path : List.of("/timeline", "/knowledge", "/export.csv", "/gaps")) {
            ApiClient.Response read = agency.get("/api/v1/children/" + CHILD + path);
            assertThat(read.text()).as(path).doesNotContain(NOTE).doesNotContain("Rita Reviewer");
        }
        for (String path : List.of("/summary", "/findings/by-rule", "/findings/by-agency", "/turnover")) {
            ApiClient.Response read = dashboard.get("/api/v1/dashboard" + path);
            assertThat(read.status()).as(path).isEqualTo(200);
            assertThat(read.text()).as(path).doesNotContain(NOTE);
        }
    }

    private static List<List<String>> sources(JsonNode chronologyOrRows) {
        JsonNode rows = chronologyOrRows.has("rows") ? chronologyOrRows.get("rows") : chronologyOrRows;
        List<List<String>> sources = new java.util.ArrayList<>();
        rows.forEach(row -> sources.add(java.util.stream.StreamSupport.stream(row.get("sources").spliterator(), false)
                .map(JsonNode::asText).toList()));
        return sources;
    }

    private static void awaitTimelineRebuilt(Service service) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (JsonNode status : service.admin().get("/api/v1/admin/projections").json()) {
                if (status.get("name").asText().equals("timeline") && status.get("caughtUp").asBoolean()
                        && !status.get("replaying").asBoolean()) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the timeline was not rebuilt within 30 s");
    }

    private ConfigurableApplicationContext start(int port) {
        return new SpringApplicationBuilder(ChronologyApplication.class)
                .run("--server.port=" + port, "--chronology.data-dir=" + data,
                        "--chronology.security.admin-token=" + Service.ADMIN_TOKEN);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
