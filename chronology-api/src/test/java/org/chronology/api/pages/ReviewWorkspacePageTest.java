package org.chronology.api.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.api.support.Envelope;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review page's workspace in a real headless Chromium: a strategy meeting three agencies recorded shows as one
 * row with three sources; the reviewer notes an entry, records a finding of their own on it and dismisses a rule's
 * finding with a reason, and each shows as the reviewer's own.
 */
class ReviewWorkspacePageTest extends BrowserTest {

    private static final String CHILD = "RW-Child";
    private static final String NOTE = "The father's history was not used";
    private static final String REASON = "Recorded late because the record was migrated";

    @Test
    void aReviewerAnnotatesAnEntryAndTriagesAFinding() {
        registerAgencies(Map.of("RW-CSC", "la.csc", "RW-POL", "justice.police", "RW-HLT", "health.community"));
        postAll(List.of(
                Envelope.of("RW-1", "strategy.meeting", "RW-CSC", "2018-03-14", CHILD, "Strategy meeting held"),
                Envelope.of("RW-2", "strategy.meeting", "RW-POL", "2018-03-14", CHILD, "Police at strategy meeting"),
                Envelope.of("RW-3", "strategy.discussion", "RW-HLT", "2018-03-14", CHILD, "Health joined the discussion"),
                // Three social workers in two months: a finding (SW_TURNOVER) to triage.
                Envelope.allocation("RW-4", "RW-CSC", "2018-04-02", CHILD, "RW-SW-1"),
                Envelope.allocation("RW-5", "RW-CSC", "2018-05-02", CHILD, "RW-SW-2"),
                Envelope.allocation("RW-6", "RW-CSC", "2018-06-01", CHILD, "RW-SW-3")));
        JsonNode review = admin.post("/api/v1/reviews", Map.of("name", "RW review", "children", List.of(CHILD),
                "from", "2018-01-01", "to", "2018-12-31", "issuedTo", "Rita Reviewer")).json();
        String token = review.get("token").asText();

        browser.signIn(token, "review.html");
        assertThat(browser.awaitStatus("Showing")).contains("6 entries in 4 rows");
        assertThat(browser.all("#review-rows tr.review-row:first-child li.source")).extracting(li -> li.getDomAttribute("data-entry"))
                .containsExactly("RW-CSC:RW-1", "RW-POL:RW-2", "RW-HLT:RW-3");

        browser.find("#review-rows button.note[data-entry='RW-CSC:RW-1']").click();
        browser.find("#note-text").sendKeys(NOTE);
        browser.find("#note-save").click();
        browser.awaitStatus("Note saved.");
        assertThat(browser.text("#review-rows tr.review-row:first-child .remarks")).isEqualTo("Rita Reviewer: " + NOTE);

        browser.find("#review-rows tr.review-row:first-child input.join-row").click();
        browser.script("document.getElementById('own-on').value = '2018-03-14'");
        browser.find("#own-text").sendKeys("Culture was not assessed at the meeting");
        browser.script("document.getElementById('own-pattern').value = 'culture_not_assessed'");
        browser.find("#own-finding-form button[type=submit]").click();
        browser.awaitStatus("Your finding saved.");
        assertThat(browser.text("#review-rows tr.review-row:first-child .remarks"))
                .contains("Rita Reviewer's finding: Culture was not assessed at the meeting");

        WebElement finding = browser.find("#triage li.triage-item[data-rule='SW_TURNOVER']");
        String rule = finding.getDomAttribute("data-rule");
        browser.script("arguments[0].value = 'dismissed'", finding.findElement(org.openqa.selenium.By.cssSelector("select")));
        finding.findElement(org.openqa.selenium.By.cssSelector("input.reason")).sendKeys(REASON);
        finding.findElement(org.openqa.selenium.By.cssSelector("button.save-verdict")).click();
        browser.awaitStatus(rule + ": dismissed.");
        assertThat(browser.text("#triage li.triage-item[data-rule='" + rule + "'] .verdict"))
                .isEqualTo("dismissed by Rita Reviewer: " + REASON);
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("review-workspace");
        browser.signOut();

        // The administrator sees how reviewers judged the rule: counts, no case detail.
        browser.signIn(org.chronology.api.support.Service.ADMIN_TOKEN, "admin.html");
        browser.await(d -> browser.text("#rule-confirmations").contains("SW_TURNOVER"));
        assertThat(browser.text("#rule-confirmations")).contains("Confirmed share").doesNotContain(REASON);
        assertThat(browser.accessibilityProblems()).isEmpty();

        JsonNode workspace = api.as(token).get("/api/v1/reviews/" + review.get("reviewId").asText() + "/workspace").json();
        assertThat(workspace.get("notes").get(0).get("text").asText()).isEqualTo(NOTE);
        assertThat(workspace.get("triage").elements().next().get("reason").asText()).isEqualTo(REASON);
    }
}
