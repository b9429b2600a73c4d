package org.chronology.api.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dashboards count alerts by rule and by how long agencies took to acknowledge them, in whole months, and no
 * figure rests on one to four children. The alerts are raised in March 2020, a month no other test alerts in.
 */
class DashboardAlertsTest extends ServiceTest {

    private static final Instant MARCH = Instant.parse("2020-03-10T09:00:00Z");
    private static final String PERIOD = "?from=2020-03-15&to=2020-03-20";

    @BeforeEach
    void alertsOfMarch2020() {
        if (alerted("DA-Seen-1")) {
            return; // the shared service keeps them from the first test
        }
        for (int child = 1; child <= 5; child++) {
            alert("UNSCHEDULED_CARE_ON_PLAN", "DA-Seen-" + child, MARCH, Duration.ofMinutes(30));
            alert("MISSED_APPOINTMENTS_ON_PLAN", "DA-Late-" + child, MARCH, Duration.ofDays(2));
        }
        alert("UNSCHEDULED_CARE_ON_PLAN", "DA-Day", MARCH, Duration.ofHours(3));
        alert("UNSCHEDULED_CARE_ON_PLAN", "DA-Day", MARCH, Duration.ofHours(20));
        alert("NAI_IN_BABY", "DA-Open-1", MARCH, null);
        alert("NAI_IN_BABY", "DA-Open-2", MARCH.plus(Duration.ofDays(15)), null);
        alert("UNSCHEDULED_CARE_ON_PLAN", "DA-April", Instant.parse("2020-04-01T00:00:00Z"), Duration.ofMinutes(5));
    }

    @Test
    void alertsAreCountedByRuleWithFewerThanFiveChildrenSuppressed() {
        JsonNode byRule = service.dashboard().get("/api/v1/dashboard/alerts/by-rule" + PERIOD).json();

        assertThat(byRule.get("from").asText()).as("whole months").isEqualTo("2020-03-01");
        assertThat(byRule.get("to").asText()).isEqualTo("2020-03-31");
        assertThat(counts(byRule)).containsExactly(Map.entry("MISSED_APPOINTMENTS_ON_PLAN", "5"),
                Map.entry("NAI_IN_BABY", "suppressed"), Map.entry("UNSCHEDULED_CARE_ON_PLAN", "7"));
    }

    @Test
    void alertsAreCountedByTimeToAcknowledgeEveryBucketInOrder() {
        JsonNode waits = service.dashboard().get("/api/v1/dashboard/alerts/by-time-to-acknowledge" + PERIOD).json();

        assertThat(counts(waits)).containsExactly(Map.entry("under 1 hour", "5"),
                Map.entry("1 to 24 hours", "suppressed"), Map.entry("over 24 hours", "5"),
                Map.entry("not acknowledged", "suppressed"));
        assertThat(waits.toString()).as("counts only, never a child").doesNotContain("DA-");
    }

    @Test
    void onlyTheDashboardRoleReadsThemAndABadDateIsAProblem() {
        registerAgencies(Map.of("DA-CSC", "la.csc"));
        var agency = asAgency("DA-CSC").get("/api/v1/dashboard/alerts/by-rule");
        var badDate = service.dashboard().get("/api/v1/dashboard/alerts/by-time-to-acknowledge?from=March");

        assertThat(agency.status()).isEqualTo(403);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.contentType()).startsWith("application/problem+json");
        assertThat(badDate.text()).contains("from");
    }

    private static Map<String, String> counts(JsonNode figures) {
        Map<String, String> counts = new LinkedHashMap<>();
        figures.get("counts").forEach(c -> counts.put(c.get("key").asText(),
                c.get("suppressed").asBoolean() ? "suppressed" : c.get("count").asText()));
        return counts;
    }

    private boolean alerted(String child) {
        return !jdbc.queryForList("SELECT 1 FROM alert WHERE child_id = ?", Integer.class, child).isEmpty();
    }

    /**
     * An alert as its events leave it in the read model: raised, and acknowledged after {@code wait}, or else
     * escalated four hours on (as it would have been: the service's escalation passes it over).
     */
    private void alert(String rule, String child, Instant raisedAt, Duration wait) {
        Timestamp acknowledged = wait == null ? null : Timestamp.from(raisedAt.plus(wait));
        jdbc.update("INSERT INTO alert (alert_id, rule, reason, child_id, entry_id, agency, raised_at, link,"
                        + " acknowledged_by, acknowledged_at, escalated_at) VALUES (?, ?, 'cp_plan', ?, ?, 'DA-CSC', ?,"
                        + " ?, ?, ?, ?)", UUID.randomUUID().toString(), rule, child, "DA-ED:" + child,
                Timestamp.from(raisedAt), "/api/v1/children/" + child + "/timeline",
                wait == null ? null : "Worker of DA-CSC", acknowledged,
                wait == null ? Timestamp.from(raisedAt.plus(Duration.ofHours(4))) : null);
    }
}
