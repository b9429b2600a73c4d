package org.chronology.api.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Alerts page in a real headless Chromium: while a lead agency's worker has it open, a child on a protection
 * plan attends the emergency department (posted over HTTP by the hospital) and the alert appears without a reload;
 * the header's badge counts open alerts on every page, live; acknowledging records who acknowledged.
 */
class AlertsPageTest extends BrowserTest {

    private static final String LEAD = "AP-CSC";
    private static final String HOSPITAL = "AP-ED";
    private static final String CHILD = "AP-Child-1";
    private static final String WORKER = "Alex Lead";

    @Test
    void aChildOnAPlanAttendsTheEmergencyDepartment_thenTheAlertShowsLiveAndIsAcknowledgedByName() {
        registerAgencies(Map.of(LEAD, "la.csc", HOSPITAL, "health.acute"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        postAll(List.of(Envelope.of("AP-CP-1", "cp_plan.started", LEAD, today.minusDays(30).toString(), CHILD,
                "Child protection plan")));
        String token = admin.post("/api/v1/agencies/" + LEAD + "/tokens", Map.of("issuedTo", WORKER)).json()
                .get("token").asText();

        browser.signIn(token, "timeline.html");
        browser.open("/app/alerts.html");
        assertThat(browser.awaitStatus("Showing")).startsWith("Showing 0 alerts");
        assertThat(browser.text("#alert-badge")).isEqualTo("0 open alerts");
        browser.script("window.notReloaded = true");

        attendsEmergencyDepartment("AP-ED-1", today);
        assertThat(browser.awaitStatus("New alert")).isEqualTo("New alert: UNSCHEDULED_CARE_ON_PLAN for child "
                + CHILD + ".");
        assertThat(browser.script("return window.notReloaded === true")).as("shown without a reload").isEqualTo(true);
        assertThat(browser.all("#alerts tbody tr")).hasSize(1);
        assertThat(browser.text("#alerts tbody tr")).contains("UNSCHEDULED_CARE_ON_PLAN", "cp_plan", CHILD,
                HOSPITAL + ":AP-ED-1", "Acknowledge");
        assertThat(browser.find("#alerts tbody tr a").getDomAttribute("href")).isEqualTo("timeline.html#" + CHILD);
        assertThat(browser.text("#alert-badge")).isEqualTo("1 open alert");

        // Another page counts it, and counts the next one as it is raised.
        browser.open("/app/rules.html");
        browser.awaitStatus("Showing");
        browser.await(d -> browser.text("#alert-badge").equals("1 open alert"));
        attendsEmergencyDepartment("AP-ED-2", today);
        browser.await(d -> browser.text("#alert-badge").equals("2 open alerts"));
        assertThat(browser.find("#alert-badge").getDomAttribute("aria-live")).isEqualTo("polite");
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.open("/app/alerts.html");
        browser.awaitStatus("Showing 2 alerts");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("alerts");
        String alertId = browser.find("#alerts tbody tr:last-child").getDomAttribute("id").substring("alert-".length());
        browser.click("#alerts tbody tr:last-child button.acknowledge");
        assertThat(browser.awaitStatus("Acknowledged")).endsWith("by " + WORKER + ".");
        assertThat(browser.text("#alerts tbody tr:last-child .acknowledged")).startsWith("by " + WORKER + ", ");
        browser.await(d -> browser.text("#alert-badge").equals("1 open alert"));
        assertThat(browser.accessibilityProblems()).isEmpty();
        assertThat(browser.consoleErrors()).as("console errors").isEmpty();

        JsonNode acknowledged = acknowledged(api.as(token), alertId);
        assertThat(acknowledged.get("acknowledgedBy").asText()).isEqualTo(WORKER);
        assertThat(acknowledged.get("acknowledgedAt").isNull()).isFalse();
    }

    private void attendsEmergencyDepartment(String eventId, LocalDate today) {
        ObjectNode attendance = Envelope.of(eventId, "hospital.ed_attendance", HOSPITAL, today.toString(), CHILD,
                "Attended with a scald");
        attendance.putObject("details").put("arrival", "self_presented");
        var answer = asAgency(HOSPITAL).post("/api/v1/events", attendance);
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    }

    private static JsonNode acknowledged(ApiClient lead, String alertId) {
        for (JsonNode alert : lead.get("/api/v1/alerts").json().get("alerts")) {
            if (alert.get("alertId").asText().equals(alertId)) {
                return alert;
            }
        }
        throw new AssertionError("alert " + alertId + " not listed");
    }
}
