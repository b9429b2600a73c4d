package org.chronology.core.api.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.chronology.core.api.command.RecordEntry;
import org.chronology.core.api.event.details.Details;
import org.chronology.core.api.event.meeting.StrategyMeetingHeld;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.core.validation.Envelopes.command;
import static org.chronology.core.validation.Envelopes.strategyMeeting;

/** Events are stored as JSON: typed details and the keys kept as given must survive the round trip. */
class EventSerializationTest {

    private final ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    void detailsRoundTripAsOneFlatObject() throws Exception {
        EntryRecorded event = ((RecordEntry) command(strategyMeeting("T-036"))).event();
        String json = mapper.writeValueAsString(event);

        assertThat(json).contains("\"decision\":\"s47\"").contains("\"invited\":[\"CSC\",\"POLICE\"]")
                .doesNotContain("\"values\"");
        StrategyMeetingHeld back = mapper.readValue(json, StrategyMeetingHeld.class);
        assertThat(back).isEqualTo(event);
        assertThat(back.details()).isEqualTo(new Details(java.util.Map.of("invited", java.util.List.of("CSC", "POLICE"),
                "attended", java.util.List.of("CSC"), "decision", "s47")));
        assertThat(back.type()).isEqualTo(EventType.STRATEGY_MEETING);
    }

    @Test
    void detailsStoredBeforeTheVocabularyStillRead() throws Exception {
        String stored = "{\"reason\":\"did_not_attend\",\"service\":\"health visiting\",\"note\":null}";

        Details details = mapper.readValue(stored, Details.class);

        assertThat(details.text("reason")).isEqualTo("did_not_attend");
        assertThat(details.values()).containsEntry("note", null);
    }

    @Test
    void everyCatalogueTypeHasItsOwnRecordAndCode() {
        assertThat(EventType.values()).hasSizeGreaterThanOrEqualTo(74);
        for (EventType type : EventType.values()) {
            assertThat(EventType.of(type.code())).contains(type);
        }
    }
}
