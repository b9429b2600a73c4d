package org.chronology.api.pages;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.Service;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator's Alerts page in a real headless Chromium: while it is open, an alert nobody acknowledges is
 * escalated (after 3 s in tests) and appears without a reload, naming its agency; when the agency acknowledges it,
 * the row says who did. An administrator reads no record: the child's id is not a link, and there is nothing to
 * acknowledge.
 */
class EscalationsPageTest extends BrowserTest {

    private static final String LEAD = "EP-CSC";
    private static final String VISITOR = "EP-HV";
    private static final String BABY = "EP-Baby-1";

    @Test
    void anAlertNobodyAcknowledges_isShownLiveOnTheAdministratorsAlertsPage_andItsAcknowledgementToo() {
        registerAgencies(Map.of(LEAD, "la.csc", VISITOR, "health.community"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ObjectNode born = Envelope.of("EP-DOB-1", "person.recorded", LEAD, today.minusMonths(2).toString(), BABY,
                "Particulars");
        born.putObject("details").put("dateOfBirth", today.minusMonths(2).toString());
        assertThat(asAgency(LEAD).post("/api/v1/events", born).status()).isEqualTo(201);

        browser.signIn(Service.ADMIN_TOKEN, "admin.html");
        browser.open("/app/alerts.html");
        assertThat(browser.awaitStatus("Showing")).endsWith("escalated alerts; new escalations appear here as they"
                + " are made.");
        assertThat(browser.text("#main h1")).isEqualTo("Escalated alerts");
        browser.script("window.notReloaded = true");

        ObjectNode bruise = Envelope.of("EP-INJ-1", "injury.observed", VISITOR, today.toString(), BABY,
                "Bruise seen at a home visit");
        bruise.putObject("details").put("suspectedNAI", true);
        assertThat(asAgency(VISITOR).post("/api/v1/events", bruise).status()).isEqualTo(201);

        assertThat(browser.awaitStatus("Escalated")).isEqualTo("Escalated, not acknowledged: NAI_IN_BABY for child "
                + BABY + ", of " + LEAD + ".");
        assertThat(browser.script("return window.notReloaded === true")).as("shown without a reload").isEqualTo(true);
        String row = "#alerts tbody tr:first-child";
        assertThat(browser.text(row)).contains(LEAD, "NAI_IN_BABY", BABY, VISITOR + ":EP-INJ-1",
                "Escalated, not acknowledged");
        assertThat(browser.all(row + " a")).as("no link to a record the administrator may not read").isEmpty();
        assertThat(browser.all(row + " button")).as("acknowledging is the agency's").isEmpty();
        assertThat(browser.accessibilityProblems()).isEmpty();

        String alertId = browser.find(row).getDomAttribute("id").substring("alert-".length());
        var acknowledged = asAgency(LEAD).post("/api/v1/alerts/" + alertId + "/acknowledge", "");
        assertThat(acknowledged.status()).as(acknowledged.text()).isEqualTo(200);
        String status = "[id=\"alert-" + alertId + "\"] .acknowledged";
        browser.await(d -> browser.text(status).startsWith("by Worker of " + LEAD + ", "));
        browser.screenshot("escalations");
    }
}
