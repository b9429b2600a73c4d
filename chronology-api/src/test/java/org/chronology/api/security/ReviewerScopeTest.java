package org.chronology.api.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer sees nothing outside the review, on any endpoint: no entry, finding, evidence, knowledge row or
 * allocation from before the period, no previous date of a correction from outside it, no child outside it. A
 * worker who held the case into the period is shown as holding it from before the period, without the date.
 */
class ReviewerScopeTest extends ServiceTest {

    private static final String CHILD = "RS-Child";
    private static final List<String> READS = List.of("timeline", "knowledge", "turnover", "gaps", "export.csv");

    private ApiClient reviewer;

    @BeforeEach
    void aChildWithA2015EpisodeAndA2019Episode() {
        registerAgencies(Map.of("RS-CSC", "la.csc"));
        ObjectNode withSibling = Envelope.of("RS-2019-visit", "visit.home", "RS-CSC", "2019-05-01", CHILD, "Visit");
        withSibling.withArray("children").add("RS-Sibling");
        ObjectNode moved = Envelope.of("RS-moved", "visit.home", "RS-CSC", "2015-03-20", CHILD, "Visit");
        ObjectNode correction = Envelope.correction("RS-moved-fix", "RS-CSC", "RS-moved");
        ((ObjectNode) correction.get("details")).put("occurredAt", "2019-06-02");
        postAll(List.of(
                // Three social workers within 90 days in 2015: a turnover finding dated 2015.
                Envelope.allocation("RS-2015-a", "RS-CSC", "2015-02-01", CHILD, "SW-RS-1"),
                Envelope.allocation("RS-2015-b", "RS-CSC", "2015-03-01", CHILD, "SW-RS-2"),
                Envelope.allocation("RS-2015-c", "RS-CSC", "2015-04-01", CHILD, "SW-RS-3"),
                withSibling, moved, correction));
        var review = admin.post("/api/v1/reviews", Map.of("name", "2019 only", "children", List.of(CHILD),
                "from", "2019-01-01", "to", "2019-12-31")).json();
        reviewer = api.as(review.get("token").asText());
    }

    @Test
    void noEndpointShowsAReviewerAnythingFromBeforeThePeriod() {
        for (String read : READS) {
            var response = reviewer.get("/api/v1/children/" + CHILD + "/" + read);
            assertThat(response.status()).as(read).isEqualTo(200);
            assertThat(response.text()).as(read).doesNotContain("RS-2015-", "SW-RS-1", "SW-RS-2", "2015-");
        }
        String reviewId = reviewer.get("/api/v1/me").json().get("review").get("reviewId").asText();
        var chronology = reviewer.get("/api/v1/reviews/" + reviewId + "/chronology");
        assertThat(chronology.text()).doesNotContain("RS-2015-", "SW_TURNOVER", "2015-");
    }

    @Test
    void theCaseBeforeThePeriodHasTheFindingThatTheReviewerDoesNotSee() {
        var wholePeriod = service.reviewer(CHILD).get("/api/v1/children/" + CHILD + "/gaps").json();
        assertThat(wholePeriod.get("findings").findValuesAsText("rule")).contains("SW_TURNOVER");
        assertThat(reviewer.get("/api/v1/children/" + CHILD + "/gaps").json().get("findings").findValuesAsText("rule"))
                .doesNotContain("SW_TURNOVER");
    }

    @Test
    void aReviewerIsNotToldOfChildrenOutsideTheReview() {
        var timeline = reviewer.get("/api/v1/children/" + CHILD + "/timeline");

        assertThat(timeline.json().get("entries").findValuesAsText("eventId")).contains("RS-2019-visit", "RS-moved");
        assertThat(timeline.text()).doesNotContain("RS-Sibling");
        assertThat(reviewer.get("/api/v1/children/RS-Sibling/timeline").status()).isEqualTo(403);
    }
}
