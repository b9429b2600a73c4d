package org.chronology.api.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * A father recorded only as an adult, over real HTTP: he has a timeline, his relationship to the child, and a place
 * in the child's household; those who may not read the household get a child's 403.
 */
class PeopleAndHouseholdsTest extends ServiceTest {

    private static final String CHILD = "PH-Child";
    private static final String FATHER = "PH-Father";
    /** A child of the father's elsewhere, known to the police only. */
    private static final String OTHER_CHILD = "PH-OtherChild";

    private ApiClient csc;

    @BeforeEach
    void aFatherRecordedOnlyAsAnAdult() {
        registerAgencies(Map.of("PH-CSC", "la.csc", "PH-POL", "justice.police", "PH-SCH", "education"));
        ObjectNode relationship = people("PH-rel", "relationship.recorded", "PH-CSC", List.of(CHILD), List.of(),
                "Father named by mother");
        relationship.putObject("details").put("person", FATHER).put("relationship", "Dad").put("of", CHILD);
        ObjectNode father = people("PH-father", "person.recorded", "PH-POL", List.of(), List.of(FATHER), "Father");
        father.putObject("details").put("dateOfBirth", "1990-04-02");
        ObjectNode incident = people("PH-incident", "police.incident", "PH-POL", List.of(OTHER_CHILD), List.of(FATHER),
                "Incident at another address");
        postAll(List.of(Envelope.of("PH-open", "case.opened", "PH-CSC", "2024-01-10", CHILD, "Case opened"),
                relationship, father, incident));
        csc = asAgency("PH-CSC");
    }

    @Test
    void theFatherHasATimelineAndHisRelationshipToTheChild() {
        var response = csc.get("/api/v1/people/" + FATHER + "/timeline");

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode timeline = response.json();
        assertThat(eventIds(timeline)).as("not the other child's incident").containsExactlyInAnyOrder("PH-father", "PH-rel");
        assertThat(timeline.get("relationships").get(0).toString())
                .isEqualTo("{\"person\":\"PH-Father\",\"relationship\":\"father\",\"of\":\"PH-Child\"}");
        assertThat(timeline.get("people").findValuesAsText("dateOfBirth")).containsExactly("1990-04-02");
        assertThat(eventIds(csc.get("/api/v1/people/" + FATHER + "/timeline?from=2024-02-01").json())).isEmpty();
        assertThat(csc.get("/api/v1/people/" + FATHER + "/timeline?from=soon").status()).isEqualTo(400);
    }

    @Test
    void theFatherIsInTheChildsHousehold() {
        var response = csc.get("/api/v1/children/" + CHILD + "/household");

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode household = response.json();
        assertThat(household.get("people").findValuesAsText("personId")).containsExactlyInAnyOrder(CHILD, FATHER);
        assertThat(household.get("relationships").findValuesAsText("relationship")).containsExactly("father");
        assertThat(eventIds(household)).containsExactlyInAnyOrder("PH-open", "PH-father", "PH-rel");
        assertThat(eventIds(csc.get("/api/v1/children/" + CHILD + "/household?type=person.recorded").json()))
                .containsExactly("PH-father");
    }

    @Test
    void theFatherAndTheHouseholdExportAsAChildDoes() {
        var father = csc.get("/api/v1/people/" + FATHER + "/export.csv");
        assertThat(father.status()).as(father.text()).isEqualTo(200);
        assertThat(father.text()).contains("PH-father", "PH-rel").doesNotContain("PH-incident");
        var household = csc.get("/api/v1/children/" + CHILD + "/household/export.pdf");
        assertThat(household.status()).isEqualTo(200);
        assertThat(household.contentType()).isEqualTo("application/pdf");
        assertThat(asAgency("PH-SCH").get("/api/v1/people/" + FATHER + "/export.docx").status()).isEqualTo(403);
    }

    @Test
    void aRetractedRelationshipOpensNothingAndLeavesTheHousehold() {
        String stepfather = "PH-Stepfather";
        ObjectNode relationship = people("PH-step-rel", "relationship.recorded", "PH-CSC", List.of(CHILD),
                List.of(stepfather), "Mother's partner");
        relationship.putObject("details").put("person", stepfather).put("relationship", "mother's partner")
                .put("of", CHILD);
        postAll(List.of(relationship));
        assertThat(csc.get("/api/v1/people/" + stepfather + "/timeline").status()).isEqualTo(200);
        assertThat(csc.get("/api/v1/children/" + CHILD + "/household").json().get("relationships")
                .findValuesAsText("relationship")).contains("partner_of_parent");

        ObjectNode retraction = Envelope.correction("PH-step-rel-retracted", "PH-CSC", "PH-step-rel");
        retraction.put("type", "entry.retracted");
        retraction.putObject("details").put("retractsEventId", "PH-step-rel").put("reason", "Wrong family");
        postAll(List.of(retraction));

        assertThat(csc.get("/api/v1/people/" + stepfather + "/timeline").status()).isEqualTo(403);
        var household = csc.get("/api/v1/children/" + CHILD + "/household").json();
        assertThat(household.get("people").findValuesAsText("personId")).doesNotContain(stepfather);
        assertThat(household.get("relationships").findValuesAsText("relationship")).containsExactly("father");
    }

    @Test
    void aReviewerOfTheChildReadsTheFatherWithinTheReview() {
        var reviewer = service.reviewer(CHILD);

        var timeline = reviewer.get("/api/v1/people/" + FATHER + "/timeline");
        assertThat(timeline.status()).as(timeline.text()).isEqualTo(200);
        assertThat(eventIds(timeline.json())).containsExactlyInAnyOrder("PH-father", "PH-rel");
        assertThat(timeline.text()).doesNotContain(OTHER_CHILD);
    }

    @Test
    void anAgencyWithOnlyItsOwnKnowledgeReadsOnlyThat() {
        var police = asAgency("PH-POL").get("/api/v1/people/" + FATHER + "/timeline");

        assertThat(police.status()).as(police.text()).isEqualTo(200);
        assertThat(police.json().get("knownTo").asText()).isEqualTo("PH-POL");
        assertThat(eventIds(police.json())).containsExactlyInAnyOrder("PH-father", "PH-incident");
    }

    @Test
    void thoseWhoMayNotReadTheHouseholdGetAChildsRefusal() {
        String refused = asAgency("PH-SCH").get("/api/v1/children/" + CHILD + "/timeline").json().get("detail").asText();
        List<ApiClient> outsiders = List.of(asAgency("PH-SCH"), service.reviewer("PH-Unrelated"));
        for (ApiClient outsider : outsiders) {
            for (String path : List.of("/api/v1/people/" + FATHER + "/timeline", "/api/v1/children/" + CHILD + "/household")) {
                var response = outsider.get(path);
                assertThat(response.status()).as(path).isEqualTo(403);
                assertThat(response.json().get("detail").asText()).as(path).isEqualTo(refused);
            }
        }
        assertThat(admin.get("/api/v1/people/" + FATHER + "/timeline").status()).isEqualTo(403);
        assertThat(service.dashboard().get("/api/v1/people/" + FATHER + "/timeline").status()).isEqualTo(403);
    }

    private static ObjectNode people(String eventId, String type, String agency, List<String> children,
                                     List<String> adults, String summary) {
        ObjectNode envelope = Envelope.of(eventId, type, agency, "2024-01-12", "-", summary);
        ArrayNode named = envelope.putArray("children");
        children.forEach(named::add);
        adults.forEach(envelope.putArray("adults")::add);
        return envelope;
    }
}
