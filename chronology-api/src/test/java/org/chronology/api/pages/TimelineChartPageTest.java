package org.chronology.api.pages;

import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline's chart on a case of a few days: its labels stay inside the chart's box, and it is moved and zoomed
 * by keyboard alone, from the chart itself or from the buttons above it; its entries stay in the table too.
 */
class TimelineChartPageTest extends BrowserTest {

    private static final String CHILD = "CHART-Child-1";
    private String token;

    /** Three home visits and a strategy meeting within six days, recorded by one agency. */
    @BeforeEach
    void aCaseOfAFewDays() {
        if (token != null) {
            return;
        }
        registerAgencies(Map.of("CHARTCSC", "la.csc"));
        token = admin.post("/api/v1/agencies/CHARTCSC/tokens", Map.of("issuedTo", "Chart reader")).json()
                .get("token").asText();
        ApiClient agency = api.as(token);
        for (String[] entry : List.of(new String[] {"C-1", "visit.home", "2021-03-01", "Home visit, child seen alone"},
                new String[] {"C-2", "visit.home", "2021-03-03", "Home visit, nobody at home"},
                new String[] {"C-3", "strategy.meeting", "2021-03-04", "Strategy meeting held the same week"},
                new String[] {"C-4", "visit.home", "2021-03-06", "Home visit with the health visitor"})) {
            assertThat(agency.post("/api/v1/events", Envelope.of(entry[0], entry[1], "CHARTCSC", entry[2], CHILD,
                    entry[3])).status()).isIn(200, 201);
        }
    }

    @Test
    void aCaseOfAFewDaysIsDrawnWithEveryLabelInsideTheChart() {
        open();

        List<LocalDate> window = browser.chartWindow();
        assertThat(window.get(0)).isBefore(LocalDate.parse("2021-03-01"));
        assertThat(window.get(1)).isAfter(LocalDate.parse("2021-03-06"));
        assertThat(ChronoUnit.DAYS.between(window.get(0), window.get(1))).as("a few days, not years").isLessThan(120);
        assertThat(browser.all("#chart .vis-item.entry.vis-box")).hasSize(4);
        assertThat(browser.timelineLabelsCutOff()).as("entries' labels cut at the axis's edges").isEmpty();
        assertThat(browser.axisLabelsOutsideTheChart()).as("axis labels outside the chart's box").isEmpty();
        assertThat(browser.all("#entries tbody tr")).as("the same entries, as a table").hasSize(4);
        browser.screenshot("timeline-short-span");
    }

    @Test
    void theChartIsMovedAndZoomedByKeyboardAlone() {
        open();
        List<LocalDate> opened = browser.chartWindow();
        browser.script("document.querySelector('[data-export=docx]').focus()");
        browser.press(Keys.TAB);
        assertThat(browser.focused()).containsEntry("id", "chart").containsEntry("outline", true);

        browser.press(Keys.ARROW_RIGHT);
        List<LocalDate> later = awaitWindowOtherThan(opened);
        assertThat(later.get(0)).as("moved to later dates").isAfter(opened.get(0));
        assertThat(days(later)).isEqualTo(days(opened));

        browser.press("+");
        List<LocalDate> zoomedIn = awaitWindowOtherThan(later);
        assertThat(days(zoomedIn)).as("zoomed in").isLessThan(days(later));

        browser.press("-", "-");
        List<LocalDate> zoomedOut = awaitWindowOtherThan(zoomedIn);
        assertThat(days(zoomedOut)).as("zoomed out").isGreaterThan(days(zoomedIn));

        browser.press("0");
        assertThat(awaitWindowOtherThan(zoomedOut)).as("back to the window it opened on").isEqualTo(opened);

        browser.find("#earlier").sendKeys(Keys.ENTER);
        assertThat(awaitWindowOtherThan(opened).get(0)).as("the Earlier button").isBefore(opened.get(0));
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    private void open() {
        browser.signIn(token, "timeline.html");
        browser.find("#child-id").sendKeys(CHILD);
        browser.find("#apply").click();
        browser.awaitStatus("Showing 4 entries");
    }

    private List<LocalDate> awaitWindowOtherThan(List<LocalDate> before) {
        browser.await(d -> !browser.chartWindow().equals(before));
        return browser.chartWindow();
    }

    private static long days(List<LocalDate> window) {
        return ChronoUnit.DAYS.between(window.get(0), window.get(1));
    }
}
