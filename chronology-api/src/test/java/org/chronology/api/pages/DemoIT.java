package org.chronology.api.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.SeedCases;
import org.chronology.api.support.Service;
import org.chronology.harness.service.ServiceOptions;
import org.chronology.harness.service.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's first minute: the packaged service started with {@code --demo} prints four tokens on the console,
 * and the printed reviewer's review has the published chronologies and their findings to show, within a minute
 * of the start. Each other role's token reads something too, and in a browser each role's page shows the demo
 * (screenshots demo-*.png); the log file holds none of the tokens.
 */
class DemoIT {

    private static final Duration FIRST_MINUTE = Duration.ofSeconds(60);
    private static final Pattern PRINTED = Pattern.compile("^ {4}(reviewer|agency \\w+|dashboard|administrator):\\s+(chr_\\S+)$",
            Pattern.MULTILINE);
    private static final SeedCases SEEDS = SeedCases.load();

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    @Test
    void theDemoFlagStartsAServiceWhoseReviewPageIsPopulatedForThePrintedReviewerToken() throws Exception {
        Path console = data.resolve("console.txt");
        Path logFile = data.resolve("chronology.log");
        long started = System.nanoTime();
        try (ServiceProcess process = new ServiceProcess(ServiceOptions.forTest(data.resolve("db"), console, Service.ADMIN_TOKEN)
                .withServiceArgs(List.of("--demo", "--logging.file.name=" + logFile))).start()) {
            ApiClient anonymous = new ApiClient(process.port());
            Map<String, String> tokens = printedTokens(console, started);
            assertThat(tokens).containsOnlyKeys("reviewer", "agency CSC", "dashboard", "administrator");

            ApiClient reviewer = anonymous.as(tokens.get("reviewer"));
            JsonNode review = reviewer.get("/api/v1/me").json().get("review");
            assertThat(review.get("name").asText()).isEqualTo("Published reviews (demo)");
            assertThat(texts(review.get("children"))).containsExactlyInAnyOrderElementsOf(seedChildren());
            JsonNode chronology = populated(reviewer, "/api/v1/reviews/" + review.get("reviewId").asText()
                    + "/chronology", started);
            System.out.printf("DemoIT: the review showed %d entries and %d findings %.1f s after the jar started%n",
                    chronology.get("entries").size(), chronology.get("findings").size(), seconds(started));
            assertThat(eventIds(chronology)).as("every case's records are on the review")
                    .containsAll(firstRecordOfEachCase());

            assertThat(anonymous.as(tokens.get("agency CSC")).get("/api/v1/children/T-Twin1/timeline")
                    .json().get("entries")).isNotEmpty();
            assertThat(anonymous.as(tokens.get("dashboard")).get("/api/v1/dashboard/summary").status()).isEqualTo(200);
            assertThat(anonymous.as(tokens.get("administrator")).get("/api/v1/tokens").text()).contains("demo reviewer");

            try (Browser browser = new Browser(process.port())) {
                browser.signIn(tokens.get("reviewer"), "review.html");
                assertThat(browser.awaitStatus("Showing")).startsWith("Showing " + chronology.get("entries").size()
                        + " entries").contains(chronology.get("findings").size() + " findings");
                assertThat(browser.barLabelsCutOff()).as("allocation labels cut short").isEmpty();
                browser.screenshot("demo-reviewer");
                browser.signOut();
                browser.signIn(tokens.get("agency CSC"), "timeline.html");
                browser.open("/app/rules.html"); // a new page load: from timeline.html, only the fragment would change
                browser.open("/app/timeline.html#T-Twin1");
                assertThat(browser.awaitStatus("Showing")).doesNotContain("Showing 0 entries");
                browser.screenshot("demo-agency");
                browser.signOut();
                browser.signIn(tokens.get("dashboard"), "dashboard.html");
                browser.awaitStatus("Updated");
                browser.screenshot("demo-dashboard");
                browser.signOut();
                browser.signIn(tokens.get("administrator"), "admin.html");
                browser.await(d -> !browser.all("#tokens tbody tr").isEmpty());
                assertThat(browser.text("#agencies")).contains("CSC", "POLICE");
                browser.screenshot("demo-admin");
                assertThat(browser.consoleErrors()).as("console errors on the demo's pages").isEmpty();
            }

            String log = Files.readString(logFile);
            assertThat(log).contains("Demo loaded");
            assertThat(tokens.values()).allSatisfy(token -> assertThat(log).doesNotContain(token));
        }
    }

    /** The tokens as the console shows them, waiting for them until a minute after the start. */
    private static Map<String, String> printedTokens(Path console, long started) throws IOException, InterruptedException {
        Map<String, String> tokens = new LinkedHashMap<>();
        while (tokens.size() < 4) {
            assertThat(seconds(started)).as("the demo printed its tokens within a minute; see " + console)
                    .isLessThan(FIRST_MINUTE.toSeconds());
            Matcher printed = PRINTED.matcher(Files.readString(console));
            while (printed.find()) {
                tokens.put(printed.group(1), printed.group(2));
            }
            Thread.sleep(200);
        }
        return tokens;
    }

    /** The review's chronology once it holds entries and findings, at most a minute after the start. */
    private static JsonNode populated(ApiClient reviewer, String path, long started) throws InterruptedException {
        while (true) {
            var response = reviewer.get(path);
            assertThat(response.status()).as(response.text()).isEqualTo(200);
            JsonNode chronology = response.json();
            if (!chronology.get("entries").isEmpty() && !chronology.get("findings").isEmpty()
                    && eventIds(chronology).containsAll(firstRecordOfEachCase())) {
                return chronology;
            }
            assertThat(seconds(started)).as("the review page is populated within a minute: " + response.text())
                    .isLessThan(FIRST_MINUTE.toSeconds());
            Thread.sleep(200);
        }
    }

    private static Set<String> seedChildren() {
        Set<String> children = new HashSet<>();
        SEEDS.caseNames().forEach(name -> children.addAll(texts(SEEDS.seedCase(name).get("children"))));
        return children;
    }

    private static List<String> firstRecordOfEachCase() {
        return SEEDS.caseNames().stream().map(name -> SEEDS.agencyRecords(name).get(0).get("eventId").asText()).toList();
    }

    private static Set<String> eventIds(JsonNode chronology) {
        Set<String> ids = new HashSet<>();
        chronology.get("entries").forEach(entry -> ids.add(entry.get("eventId").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
