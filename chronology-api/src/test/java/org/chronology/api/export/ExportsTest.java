package org.chronology.api.export;

import com.fasterxml.jackson.databind.JsonNode;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoints behind the web pages: who a token is, who knew what, a review's chronology, and the exports,
 * each answering only the callers that may read those children, within a reviewer's period, and audited.
 */
class ExportsTest extends ServiceTest {

    private static final String CHILD = "EX-Child";
    private static final List<String> FORMATS = List.of("csv", "pdf", "docx");

    private final Map<String, ApiClient> callers = new LinkedHashMap<>();
    private String reviewId;

    @BeforeEach
    void aChildWithAReviewOf2019() {
        registerAgencies(Map.of("EX-OWN", "la.csc", "EX-OTHER", "education"));
        ObjectNode formula = Envelope.of("EX-1", "visit.home", "EX-OWN", "2019-02-01", CHILD, "=HYPERLINK(\"x\")");
        formula.putArray("knownTo").add("EX-OTHER");
        postAll(List.of(formula,
                Envelope.of("EX-2", "concern.recorded", "EX-OWN", "2019-03", CHILD, "Concern, \"quoted\", recorded"),
                Envelope.of("EX-2015", "visit.home", "EX-OWN", "2015-06-01", CHILD, "Visit before the review")));
        JsonNode review = admin.post("/api/v1/reviews", Map.of("name", "EX review", "children", List.of(CHILD),
                "from", "2019-01-01", "to", "2019-12-31")).json();
        reviewId = review.get("reviewId").asText();
        callers.put("admin", admin);
        callers.put("agency", asAgency("EX-OWN"));
        callers.put("otherAgency", asAgency("EX-OTHER"));
        callers.put("reviewer", api.as(review.get("token").asText()));
        callers.put("otherReviewer", service.reviewer("EX-Elsewhere"));
        callers.put("dashboard", service.dashboard());
    }

    @Test
    void meSaysWhatATokenIsAndNothingSecret() {
        JsonNode reviewer = callers.get("reviewer").get("/api/v1/me").json();
        assertThat(reviewer.get("role").asText()).isEqualTo("reviewer");
        assertThat(reviewer.get("review").get("reviewId").asText()).isEqualTo(reviewId);
        assertThat(reviewer.get("review").get("name").asText()).isEqualTo("EX review");
        assertThat(reviewer.get("review").get("children")).extracting(JsonNode::asText).containsExactly(CHILD);
        assertThat(reviewer.get("review").get("from").asText()).isEqualTo("2019-01-01");
        assertThat(reviewer.toString()).doesNotContain("token");

        assertThat(callers.get("agency").get("/api/v1/me").json().get("agency").asText()).isEqualTo("EX-OWN");
        assertThat(callers.get("dashboard").get("/api/v1/me").json().get("role").asText()).isEqualTo("dashboard");
        assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aChildsExportsAnswerOnlyThoseWhoMayReadTheChild() {
        // The other agency was told of one entry (knownTo): it exports that, its own knowledge, and no more.
        Map<String, Integer> exports = Map.of("admin", 403, "agency", 200, "otherAgency", 200, "reviewer", 200,
                "otherReviewer", 403, "dashboard", 403);
        Map<String, Integer> knowledge = Map.of("admin", 403, "agency", 200, "otherAgency", 403, "reviewer", 200,
                "otherReviewer", 403, "dashboard", 403);
        List<String> wrong = new ArrayList<>();
        for (String format : FORMATS) {
            for (String path : List.of("/api/v1/children/" + CHILD + "/export." + format,
                    "/api/v1/children/" + CHILD + "/knowledge")) {
                Map<String, Integer> expected = path.endsWith("knowledge") ? knowledge : exports;
                callers.forEach((who, client) -> {
                    ApiClient.Response response = client.get(path);
                    if (response.status() != expected.get(who)) {
                        wrong.add(path + " as " + who + ": " + response.status());
                    }
                });
            }
            assertThat(callers.get("reviewer").get("/api/v1/children/EX-Nobody/export." + format).status()).isEqualTo(403);
        }
        assertThat(wrong).isEmpty();
        assertThat(callers.get("otherAgency").get("/api/v1/children/" + CHILD + "/export.csv").text())
                .contains("EX-1").doesNotContain("EX-2");
    }

    @Test
    void aReviewsChronologyAndExportsAnswerOnlyItsReviewer() {
        List<String> wrong = new ArrayList<>();
        for (String what : List.of("chronology", "export.csv", "export.pdf", "export.docx")) {
            callers.forEach((who, client) -> {
                int status = client.get("/api/v1/reviews/" + reviewId + "/" + what).status();
                if (status != (who.equals("reviewer") ? 200 : 403)) {
                    wrong.add(what + " as " + who + ": " + status);
                }
            });
        }
        assertThat(wrong).isEmpty();
        JsonNode chronology = callers.get("reviewer").get("/api/v1/reviews/" + reviewId + "/chronology").json();
        assertThat(chronology.get("name").asText()).isEqualTo("EX review");
        assertThat(chronology.get("entries").findValuesAsText("eventId")).containsExactly("EX-1", "EX-2");
    }

    @Test
    void exportsDownloadAsNamedFilesOfTheirType() {
        ApiClient reviewer = callers.get("reviewer");
        Map<String, String> types = Map.of("csv", "text/csv", "pdf", "application/pdf",
                "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        for (String format : FORMATS) {
            String path = "/api/v1/children/" + CHILD + "/export." + format;
            assertThat(reviewer.get(path).contentType()).startsWith(types.get(format));
            assertThat(reviewer.rawHeaders(path).firstValue("Content-Disposition"))
                    .contains("attachment; filename=\"chronology-EX-Child." + format + "\"");
        }
        assertThat(reviewer.get("/api/v1/children/" + CHILD + "/export.xls").status()).isEqualTo(404);
    }

    @Test
    void aReviewersCsvKeepsToTheReviewPeriodDefusesFormulasAndIsAudited() {
        String csv = callers.get("reviewer").get("/api/v1/children/" + CHILD + "/export.csv").text();

        assertThat(csv).startsWith("\uFEFFoccurredAt,precision,").doesNotContain("EX-2015")
                .contains(",\"'=HYPERLINK(\"\"x\"\")\",")
                .contains(",\"Concern, \"\"quoted\"\", recorded\",");
        assertThat(admin.get("/api/v1/audit?childId=" + CHILD).json().findValuesAsText("endpoint"))
                .contains("export.csv");
    }

    @Test
    void knowledgeListsWhoKnewEachEntryAndSince() {
        JsonNode known = callers.get("agency").get("/api/v1/children/" + CHILD + "/knowledge").json().get("known");
        List<String> knowersOfFirst = new ArrayList<>();
        known.forEach(k -> {
            if (k.get("eventId").asText().equals("EX-1")) {
                knowersOfFirst.add(k.get("agency").asText());
                assertThat(k.get("since").asText()).isNotBlank();
            }
        });
        assertThat(knowersOfFirst).containsExactlyInAnyOrder("EX-OWN", "EX-OTHER");
    }
}
