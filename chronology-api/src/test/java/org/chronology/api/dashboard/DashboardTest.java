package org.chronology.api.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.api.support.SeedCases;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Dashboards see counts that follow new events, and never a person or a summary. */
class DashboardTest extends ServiceTest {

    @Test
    void findingsAndTurnoverAreCountedAsEventsArrive() throws Exception {
        registerAgencies(SeedCases.agencySectors());
        postAll(SeedCases.load().envelopes("Family T"));

        JsonNode byRule = awaitCounts("/api/v1/dashboard/findings/by-rule", Duration.ofSeconds(30));
        assertThat(byRule.findValuesAsText("key")).contains("SW_TURNOVER");
        var dashboard = service.dashboard();
        assertThat(dashboard.get("/api/v1/dashboard/findings/by-agency").json().get("counts")).isNotEmpty();
        assertThat(dashboard.get("/api/v1/dashboard/findings/by-month?rule=SW_TURNOVER").json().findValuesAsText("key"))
                .contains("2018-03");
        JsonNode turnover = dashboard.get("/api/v1/dashboard/turnover").json();
        assertThat(turnover.get("distribution").findValues("distinctWorkers")).extracting(JsonNode::asInt).contains(3);
        JsonNode children = dashboard.get("/api/v1/dashboard/summary").json().get("children");
        assertThat(children.isNull() || children.asInt() >= 5).as("children: %s", children).isTrue();

        String everything = byRule + turnover.toString() + dashboard.get("/api/v1/dashboard/findings/by-agency").text()
                + dashboard.get("/api/v1/dashboard/missed-appointments/by-month").text();
        assertThat(everything).doesNotContain("T-Twin1", "T-Mother", "summary", "explanation");
    }

    @Test
    void noFigureRestsOnFewerThanFiveChildrenAndPeriodsAreWholeMonths() throws Exception {
        registerAgencies(SeedCases.agencySectors());
        postAll(SeedCases.load().envelopes("Family T"));
        awaitCounts("/api/v1/dashboard/findings/by-rule", Duration.ofSeconds(30));
        var dashboard = service.dashboard();

        for (String path : List.of("summary", "findings/by-rule", "findings/by-agency",
                "findings/by-month?rule=SW_TURNOVER&agency=CSC&from=2018-03-14&to=2018-03-15",
                "missed-appointments/by-month", "turnover")) {
            JsonNode figures = dashboard.get("/api/v1/dashboard/" + path).json();
            List<Integer> shown = new java.util.ArrayList<>();
            figures.findValues("count").forEach(n -> shown.add(n.isNull() ? 0 : n.asInt()));
            figures.findValues("children").forEach(n -> shown.add(n.isNull() ? 0 : n.asInt()));
            figures.findValues("findings").forEach(n -> shown.add(n.isNull() ? 0 : n.asInt()));
            assertThat(shown).as(path).noneMatch(count -> count >= 1 && count <= 4);
        }
        JsonNode narrow = dashboard.get("/api/v1/dashboard/findings/by-month?from=2018-03-14&to=2018-03-15").json();
        assertThat(narrow.get("from").asText()).isEqualTo("2018-03-01");
        assertThat(narrow.get("to").asText()).isEqualTo("2018-03-31");
    }

    private JsonNode awaitCounts(String path, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode counts;
        do {
            counts = service.dashboard().get(path).json().get("counts");
            if (counts.findValuesAsText("key").contains("SW_TURNOVER")) {
                return counts;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return counts;
    }
}
