package org.chronology.api.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.api.workspace.TimelineEntries.entry;

/** One row per happening: the matcher proposes, the reviewer's splits and joins decide. */
class MergedRowsTest {

    @Test
    void threeAgenciesRecordingOneStrategyMeetingShowAsOneRowWithThreeSources() {
        List<JsonNode> entries = List.of(
                entry("CSC", "T-036", "strategy.meeting", "2018-03-14", "2018-03-14", "T-Twin1", "T-Twin2"),
                entry("POLICE", "P-7", "strategy.meeting", "2018-03-14", "2018-03-14", "T-Twin2", "T-Twin1"),
                entry("HEALTH", "H-12", "strategy.discussion", "2018-03-01", "2018-03-31", "T-Twin1", "T-Twin2"));

        assertThat(MergedRows.of(entries, List.of())).containsExactly(
                new MergedRows.Row(List.of("CSC:T-036", "POLICE:P-7", "HEALTH:H-12")));
    }

    @Test
    void otherDaysOtherChildrenOtherKindsAndOneAgencyTwiceStayApart() {
        List<JsonNode> entries = List.of(
                entry("CSC", "A", "strategy.meeting", "2018-03-14", "2018-03-14", "C-1"),
                entry("POLICE", "B", "strategy.meeting", "2018-03-15", "2018-03-15", "C-1"),
                entry("HEALTH", "C", "strategy.meeting", "2018-03-14", "2018-03-14", "C-2"),
                entry("GP", "D", "visit.home", "2018-03-14", "2018-03-14", "C-1"),
                entry("GP", "F", "strategy.requested", "2018-03-14", "2018-03-14", "C-1"),
                entry("CSC", "E", "strategy.meeting", "2018-03-14", "2018-03-14", "C-1"));

        assertThat(MergedRows.of(entries, List.of())).extracting(MergedRows.Row::sources).containsExactly(
                List.of("CSC:A"), List.of("POLICE:B"), List.of("HEALTH:C"), List.of("GP:D"), List.of("GP:F"),
                List.of("CSC:E"));
    }

    @Test
    void aReviewerSplitsAWrongMergeAndJoinsRowsTheMatcherMissedInTheOrderDecided() {
        List<JsonNode> entries = List.of(
                entry("CSC", "A", "strategy.meeting", "2018-03-14", "2018-03-14", "C-1"),
                entry("POLICE", "B", "strategy.meeting", "2018-03-14", "2018-03-14", "C-1"),
                entry("HEALTH", "C", "meeting.mdt", "2018-03-16", "2018-03-16", "C-1"),
                entry("GP", "D", "info.shared", "2018-03-16", "2018-03-16", "C-1"));

        List<MergedRows.Row> rows = MergedRows.of(entries, List.of(
                decision("split", "POLICE:B"), decision("join", "HEALTH:C", "GP:D"), decision("join", "POLICE:B",
                        "HEALTH:C")));

        assertThat(rows).extracting(MergedRows.Row::sources).containsExactly(
                List.of("CSC:A"), List.of("POLICE:B", "HEALTH:C", "GP:D"));
        // A join joins the rows: splitting one entry out afterwards leaves the rest of them together.
        assertThat(MergedRows.of(entries, List.of(decision("join", "POLICE:B", "HEALTH:C"), decision("split", "POLICE:B"))))
                .extracting(MergedRows.Row::sources)
                .containsExactly(List.of("CSC:A", "HEALTH:C"), List.of("POLICE:B"), List.of("GP:D"));
    }

    @Test
    void retractedEntriesAreOnNoRowAndDecisionsOnThemAreIgnored() {
        ObjectNode retracted = entry("POLICE", "B", "strategy.meeting", "2018-03-14", "2018-03-14", "C-1");
        retracted.put("status", "retracted");

        assertThat(MergedRows.of(List.of(entry("CSC", "A", "strategy.meeting", "2018-03-14", "2018-03-14", "C-1"),
                retracted), List.of(decision("join", "CSC:A", "POLICE:B"))))
                .containsExactly(new MergedRows.Row(List.of("CSC:A")));
    }

    private static Workspace.RowDecision decision(String kind, String... entries) {
        return new Workspace.RowDecision(kind, List.of(entries), "Rita Reviewer", Instant.EPOCH);
    }
}
