package org.chronology.api.pages;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.Service;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Administration page while long work runs, in a real headless Chromium: after a bulk load, an administrator
 * replays the timeline and watches, without reloading, its progress bar and time left until it has caught up, and
 * then the findings judged again with their share done and time left until they are up to date.
 */
class AdminProgressPageTest extends BrowserTest {

    private static final String AGENCY = "PROG-CSC";
    /**
     * Enough events for a replay of several seconds on two cores, and enough children for the refresher to judge for
     * several of the page's polls (every second).
     */
    private static final int CHILDREN = 12_000;
    private static final int VISITS_EACH = 2;
    private static final Duration LONG_WORK = Duration.ofSeconds(45);
    private static final Pattern TIME_LEFT = Pattern.compile("about \\d+ (s|min)");
    private static final Pattern FINDINGS_BEING_JUDGED = Pattern.compile(
            "Findings being judged again: [\\d,]+ of [\\d,]+ \\(\\d+%\\) changes, about \\d+ (s|min)\\.");
    private static final String TIMELINE_ROW = "#projections tr[data-projection=timeline]";
    private static final String FINDINGS = "#findings-refresh";

    @Test
    void aReplayAndTheFindingsJudgedAgainShowTheirProgressAndTimeLeftLiveUntilDone() {
        long started = System.nanoTime();
        givenABulkLoad();
        browser.signIn(Service.ADMIN_TOKEN, "admin.html");

        var replay = admin.post("/api/v1/admin/projections/timeline/replay", "");
        assertThat(replay.status()).as(replay.text()).isEqualTo(202);
        browser.open("/app/admin.html");
        browser.script("window.notReloaded = true");
        assertThat(browser.text("#projections thead")).contains("Progress", "Time left");

        Bar partWay = browser.await(LONG_WORK, d -> replayingWithTimeLeft().orElse(null));
        double replaySeen = seconds(started);
        browser.screenshot("admin-replay-progress");
        assertThat(browser.accessibilityProblems()).as("the page while a replay runs").isEmpty();
        browser.await(LONG_WORK, d -> bar(TIMELINE_ROW).value() > partWay.value());
        browser.await(LONG_WORK, d -> cell(2).equals("yes"));
        assertThat(bar(TIMELINE_ROW).done()).as("a full bar once caught up").isTrue();
        assertThat(cell(3)).as("replaying").isEqualTo("no");
        assertThat(cell(5)).as("nothing left to estimate").isEqualTo("–");

        List<String> findingsLines = findingsLinesUntilJudgedWithTimeLeft();
        double judgingSeen = seconds(started);
        browser.screenshot("admin-findings-progress");
        String judging = findingsLines.get(findingsLines.size() - 1);
        assertThat(judging).as("the findings lines shown: " + findingsLines).matches(FINDINGS_BEING_JUDGED);
        browser.await(LONG_WORK, d -> browser.text(FINDINGS).equals("Findings: up to date."));
        assertThat(browser.all(FINDINGS + " progress")).as("no bar once up to date").isEmpty();
        assertThat(browser.script("return window.notReloaded === true")).as("shown without a reload").isEqualTo(true);
        System.out.printf("AdminProgressPageTest: the replay part way %.1f s after the first post, %s by %.1f s,"
                + " up to date %.1f s%n", replaySeen, findingsLines, judgingSeen, seconds(started));
    }

    /** Two home visits a week apart for each of twelve thousand children, a thousand a post, two at once. */
    private void givenABulkLoad() {
        registerAgencies(Map.of(AGENCY, "la.csc"));
        List<ObjectNode> visits = new ArrayList<>();
        for (int visit = 0; visit < VISITS_EACH; visit++) {
            String day = LocalDate.of(2019, 1, 7).plusWeeks(visit).toString();
            for (int child = 0; child < CHILDREN; child++) {
                visits.add(Envelope.of("PROG-" + child + "-" + visit, "visit.home", AGENCY, day, "PROG-Child-" + child,
                        "Home visit"));
            }
        }
        // Two at a time: the service takes a batch while it stores the last.
        IntStream.iterate(0, from -> from < visits.size(), from -> from + 1_000).parallel()
                .forEach(from -> postAll(visits.subList(from, Math.min(visits.size(), from + 1_000))));
    }

    /** A progress bar as the page shows it now. */
    private record Bar(long value, long max) {
        boolean done() {
            return value == max;
        }
    }

    /** The bar inside {@code css}. */
    private Bar bar(String css) {
        return bar(browser.find(css + " progress"));
    }

    private static Bar bar(WebElement progress) {
        return new Bar(whole(progress.getDomProperty("value")), whole(progress.getDomProperty("max")));
    }

    /** The timeline's bar while it is part way through a replay with a time left shown, if it is now. */
    private Optional<Bar> replayingWithTimeLeft() {
        Bar bar = bar(TIMELINE_ROW);
        boolean partWay = bar.value() < bar.max() && cell(3).equals("yes") && TIME_LEFT.matcher(cell(5)).matches();
        return partWay ? Optional.of(bar) : Optional.empty();
    }

    /**
     * The findings lines the page shows, each once, until one shows part of them judged with a time left and a bar
     * part way, or they are up to date.
     */
    private List<String> findingsLinesUntilJudgedWithTimeLeft() {
        List<String> shown = new ArrayList<>();
        browser.await(LONG_WORK, d -> {
            String line = browser.text(FINDINGS).trim();
            if (shown.isEmpty() || !shown.get(shown.size() - 1).equals(line)) {
                shown.add(line);
            }
            return line.equals("Findings: up to date.")
                    || FINDINGS_BEING_JUDGED.matcher(line).matches() && browser.all(FINDINGS + " progress").stream()
                    .map(AdminProgressPageTest::bar).anyMatch(bar -> bar.value() < bar.max());
        });
        return shown;
    }

    /** The text of the timeline row's {@code column}th cell: 2 caught up, 3 replaying, 5 time left. */
    private String cell(int column) {
        return browser.find(TIMELINE_ROW).findElement(By.cssSelector("td:nth-child(" + column + ")")).getText();
    }

    private static long whole(String number) {
        return Math.round(Double.parseDouble(number));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
