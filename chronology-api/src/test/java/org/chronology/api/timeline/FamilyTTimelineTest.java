package org.chronology.api.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.SeedCases;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A reviewer loads the Family T chronology and reads each child's timeline back in order. */
class FamilyTTimelineTest extends ServiceTest {

    private static final SeedCases SEEDS = SeedCases.load();

    @Test
    void theFamilyTChronologyIsRecordedOnceAndReadBackInOrder() {
        registerAgencies(SeedCases.agencySectors());
        List<ObjectNode> envelopes = SEEDS.envelopes("Family T");
        // Other journeys may have loaded Family T into this shared service already: either way, once only.
        JsonNode first = postAll(envelopes);
        assertThat(first.get("recorded").asInt() + first.get("duplicates").asInt()).isEqualTo(envelopes.size());
        long afterFirst = storedEvents();
        JsonNode resend = postAll(envelopes);
        assertThat(resend.get("duplicates").asInt()).isEqualTo(envelopes.size());
        assertThat(storedEvents()).isEqualTo(afterFirst);

        for (String child : List.of("T-Twin1", "T-Twin2", "T-Mother")) {
            JsonNode timeline = timeline(child, "");
            assertThat(eventIds(timeline)).as(child).containsExactlyElementsOf(expectedOrder(envelopes, child));
        }
    }

    @Test
    void monthPrecisionDatesAreKeptAndSortAtTheStartOfTheirMonth() {
        registerAgencies(SeedCases.agencySectors());
        postAll(SEEDS.envelopes("Family T"));

        JsonNode strategyMeeting = entry(timeline("T-Twin1", "type=strategy.meeting"), "T-036");
        assertThat(strategyMeeting.get("occurredAt").asText()).isEqualTo("2018-03");
        assertThat(strategyMeeting.get("precision").asText()).isEqualTo("month");
        assertThat(strategyMeeting.get("period").get("from").asText()).isEqualTo("2018-03-01");
        assertThat(strategyMeeting.get("period").get("to").asText()).isEqualTo("2018-03-31");
        assertThat(strategyMeeting.get("status").asText()).isEqualTo("current");

        JsonNode march = timeline("T-Twin1", "from=2018-03-10&to=2018-03-20");
        assertThat(eventIds(march)).contains("T-036").allSatisfy(id -> assertThat(id).isNotEqualTo("T-001"));

        JsonNode byAgency = timeline("T-Mother", "agency=CAMHS");
        assertThat(byAgency.get("entries")).isNotEmpty().allSatisfy(e ->
                assertThat(List.of(e.get("recordingAgency").asText(), e.path("actingAgency").asText())).contains("CAMHS"));
    }

    /** Period start, then the order the seed gives (the batch's order, since all share one recording time). */
    private static List<String> expectedOrder(List<ObjectNode> envelopes, String child) {
        Map<String, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < envelopes.size(); i++) {
            position.put(envelopes.get(i).get("eventId").asText(), i);
        }
        return envelopes.stream()
                .filter(e -> e.get("children").toString().contains("\"" + child + "\""))
                .sorted(Comparator.comparing(FamilyTTimelineTest::periodStart)
                        .thenComparing(e -> position.get(e.get("eventId").asText())))
                .map(e -> e.get("eventId").asText())
                .toList();
    }

    private static String periodStart(JsonNode envelope) {
        if (envelope.has("occurredAt")) {
            String at = envelope.get("occurredAt").asText();
            return at.length() == 4 ? at + "-01-01" : at.length() == 7 ? at + "-01" : at.substring(0, 10);
        }
        return envelope.has("occurredNotBefore") ? envelope.get("occurredNotBefore").asText()
                : envelope.get("occurredNotAfter").asText();
    }

    private static JsonNode entry(JsonNode timeline, String eventId) {
        for (JsonNode entry : timeline.get("entries")) {
            if (entry.get("eventId").asText().equals(eventId)) {
                return entry;
            }
        }
        throw new AssertionError(eventId + " not in timeline");
    }
}
