package org.chronology.api.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.api.support.SeedCases;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

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
        assertThat(dashboard.get("/api/v1/dashboard/summary").json().get("children").asInt()).isPositive();

        String everything = byRule + turnover.toString() + dashboard.get("/api/v1/dashboard/findings/by-agency").text()
                + dashboard.get("/api/v1/dashboard/missed-appointments/by-month").text();
        assertThat(everything).doesNotContain("T-Twin1", "T-Mother", "summary", "explanation");
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
