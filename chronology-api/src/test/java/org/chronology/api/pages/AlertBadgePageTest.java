package org.chronology.api.pages;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header's badge counts all of the agency's open alerts, not only the 500 newest the list holds, and keeps the
 * count as colleagues acknowledge them: a recent alert (in the list) and an old one (beyond it) alike.
 */
class AlertBadgePageTest extends BrowserTest {

    private static final String AGENCY = "AB-CSC";
    private static final int OPEN = 501;

    @Test
    void moreOpenAlertsThanTheListHolds_areCountedInFull_andEachAcknowledgementLeavesTheCount() {
        registerAgencies(Map.of(AGENCY, "la.csc"));
        List<String> newestFirst = storeOpenAlerts(OPEN);

        browser.signIn(asAgencyToken(), "timeline.html");
        browser.open("/app/rules.html");
        browser.await(d -> browser.text("#alert-badge").equals(OPEN + " open alerts"));

        acknowledge(newestFirst.get(0));
        browser.await(d -> browser.text("#alert-badge").equals((OPEN - 1) + " open alerts"));
        acknowledge(newestFirst.get(OPEN - 1)); // older than the list's 500
        browser.await(d -> browser.text("#alert-badge").equals((OPEN - 2) + " open alerts"));
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    /** Open alerts as their events leave them in the read model, a minute apart; their ids, newest first. */
    private List<String> storeOpenAlerts(int count) {
        List<String> ids = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            String child = "AB-Child-" + i;
            jdbc.update("INSERT INTO alert (alert_id, rule, reason, child_id, entry_id, agency, raised_at, link)"
                            + " VALUES (?, 'UNSCHEDULED_CARE_ON_PLAN', 'cp_plan', ?, ?, ?, ?, ?)", id, child,
                    "AB-ED:" + child, AGENCY, Timestamp.from(now.minus(Duration.ofMinutes(i))),
                    "/api/v1/children/" + child + "/timeline");
            ids.add(id);
        }
        return ids;
    }

    private String asAgencyToken() {
        return admin.post("/api/v1/agencies/" + AGENCY + "/tokens", Map.of("issuedTo", "Badge reader")).json()
                .get("token").asText();
    }

    private void acknowledge(String alertId) {
        var answer = asAgency(AGENCY).post("/api/v1/alerts/" + alertId + "/acknowledge", "");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }
}
