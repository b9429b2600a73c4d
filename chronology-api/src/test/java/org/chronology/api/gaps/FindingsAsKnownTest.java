package org.chronology.api.gaps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A review asks what the service would have shown at an instant: {@code gaps?asOf=INSTANT} judges only what had been
 * recorded by then, while {@code asOf=DATE} judges the case as it stood that day with everything known now.
 */
class FindingsAsKnownTest extends ServiceTest {

    private static final String CHILD = "KA-Baby";
    private static final String RULE = "NAI_POLICE_NOT_SAME_DAY";

    @Test
    void givenPoliceToldTheSameDayButRecordedLater_thenAsKnownInBetweenTheFindingShowsAndNowItDoesNot() {
        registerAgencies(Map.of("KA-ED", "health.acute", "KA-POLICE", "justice.police"));
        ObjectNode injury = Envelope.of("KA-E1", "hospital.ed_attendance", "KA-ED", "2020-01-06", CHILD,
                "Bruising to a non-mobile baby");
        injury.putObject("details").put("suspectedNAI", true).put("childMobile", false);
        Instant injuryRecorded = recorded(injury);
        Instant policeRecorded = recorded(Envelope.of("KA-P1", "police.notified", "KA-POLICE", "2020-01-06", CHILD,
                "Told of the bruising by the hospital"));
        assertThat(policeRecorded).as("the server recorded them in turn").isAfter(injuryRecorded);

        assertThat(rules(gaps("asOf=" + injuryRecorded.minusSeconds(1)))).as("before anything was recorded").isEmpty();
        JsonNode thenKnown = gaps("asOf=" + injuryRecorded);
        assertThat(thenKnown.get("knownAt").asText()).isEqualTo(injuryRecorded.toString());
        assertThat(rules(thenKnown)).as("the injury recorded, the police's notice not yet").contains(RULE);
        assertThat(rules(gaps("asOf=" + policeRecorded))).doesNotContain(RULE);
        JsonNode now = gaps("");
        assertThat(now.has("knownAt")).isFalse();
        assertThat(rules(now)).doesNotContain(RULE);
        assertThat(rules(gaps("asOf=2020-01-07"))).as("a date: the case that day, as known now").doesNotContain(RULE);
    }

    @Test
    void anAsOfThatIsNeitherADateNorAnInstantIsAProblemNamingIt() {
        for (String bad : List.of("yesterday", "2020-01-07T12:00", "2020-13-01", "-999999999-01-01T00:00:00Z",
                "%2B99999-01-01T00:00:00Z")) {
            ApiClient.Response response = service.reviewer(CHILD).get("/api/v1/children/" + CHILD + "/gaps?asOf=" + bad);
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.text()).contains("asOf");
        }
    }

    private Instant recorded(ObjectNode envelope) {
        ApiClient.Response response = asAgency(envelope.get("recordingAgency").asText()).post("/api/v1/events", envelope);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return Instant.parse(response.json().get("recordedAt").asText());
    }

    private JsonNode gaps(String query) {
        return service.read(CHILD, "gaps", query);
    }

    private static List<String> rules(JsonNode gaps) {
        return gaps.get("findings").findValuesAsText("rule");
    }
}
