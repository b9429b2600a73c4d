package org.chronology.api.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.projections.json.Json.MAPPER;

/** The printed review table: Month | Action | Agency, as the published reviews lay it out. */
class ReviewTableTest {

    @Test
    void theMonthIsPrintedWhereItChangesAndTheActingAgencyIsNamed() {
        List<ReviewTable.Row> rows = ReviewTable.rows(chronology(
                entry("A-1", "month", "2017-09-01", "2017-09-30", "Pregnancy confirmed", "CSC", null),
                entry("A-2", "day", "2017-09-14", "2017-09-14", "Support worker told", "CSC", "K2"),
                entry("A-3", "year", "2018-01-01", "2018-12-31", "Sometime in 2018", "POLICE", null)));

        assertThat(rows).containsExactly(
                new ReviewTable.Row("September 2017", "Pregnancy confirmed [A-1]", "CSC"),
                new ReviewTable.Row("", "Support worker told [A-2]", "K2"),
                new ReviewTable.Row("2018", "Sometime in 2018 [A-3]", "POLICE"));
    }

    @Test
    void anUncertainDateSaysSoRetractedEntriesAreLeftOutAndCorrectedOnesMarked() {
        ObjectNode retracted = entry("B-2", "day", "2018-04-02", "2018-04-02", "Wrong child", "CSC", null);
        retracted.put("status", "retracted");
        ObjectNode corrected = entry("B-3", "day", "2018-04-03", "2018-04-03", "Visit", "CSC", null);
        corrected.put("status", "corrected");

        List<ReviewTable.Row> rows = ReviewTable.rows(chronology(
                entry("B-1", "unknown", "2018-03-01", "2018-05-31", "Second social worker allocated", "CSC", null),
                retracted, corrected));

        assertThat(rows).extracting(ReviewTable.Row::action).containsExactly(
                "Second social worker allocated (date uncertain: 1 Mar 2018 to 31 May 2018) [B-1]",
                "Visit (corrected) [B-3]");
        assertThat(rows).extracting(ReviewTable.Row::month).containsExactly("March 2018", "April 2018");
    }

    private static Chronology chronology(JsonNode... entries) {
        return new Chronology("Test", List.of("C-1"), null, null, java.time.LocalDate.of(2018, 6, 30),
                List.of(entries), List.of());
    }

    private static ObjectNode entry(String eventId, String precision, String from, String to, String summary,
                                    String recordingAgency, String actingAgency) {
        ObjectNode entry = MAPPER.createObjectNode();
        entry.put("eventId", eventId);
        entry.put("precision", precision);
        entry.putObject("period").put("from", from).put("to", to);
        entry.put("summary", summary);
        entry.put("recordingAgency", recordingAgency);
        entry.put("actingAgency", actingAgency);
        entry.put("status", "current");
        return entry;
    }
}
