package org.chronology.api.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.SeedCases;
import org.chronology.api.support.Service;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web pages in a real headless Chromium, signed in as each role, on the Family T chronology: what each
 * role sees, the timeline's details and "as known to" view, the findings, the exports, and a screenshot of
 * each page (target/screenshots).
 */
class WebPagesTest extends BrowserTest {

    private static final String CORRECTED_CHILD = "PG-Child-1";
    /** Has a day-dated entry and one dated only "on or after" an earlier day. */
    private static final String OPEN_ENDED_CHILD = "PG-Child-3";
    private String reviewId;
    private String reviewerToken;
    private String agencyToken;
    private String dashboardToken;

    /** Family T loaded once, its review opened over the household and the review period, and a token per role. */
    @BeforeEach
    void familyT() {
        if (reviewId != null) {
            return;
        }
        registerAgencies(SeedCases.agencySectors());
        postAll(SeedCases.load().envelopes("Family T"));
        JsonNode review = admin.post("/api/v1/reviews", Map.of("name", "Family T",
                "children", List.of("T-Twin1", "T-Twin2", "T-Mother"), "from", "2017-09-01", "to", "2018-06-30")).json();
        reviewId = review.get("reviewId").asText();
        reviewerToken = review.get("token").asText();
        agencyToken = admin.post("/api/v1/agencies/CSC/tokens", Map.of("issuedTo", "Casey Worker")).json().get("token").asText();
        dashboardToken = admin.post("/api/v1/dashboard-tokens", "").json().get("token").asText();
        ApiClient csc = api.as(agencyToken);
        ObjectNode onOrAfter = Envelope.of("PG-3", "visit.home", "CSC", null, OPEN_ENDED_CHILD, "Visit, date not recorded");
        onOrAfter.remove("occurredAt");
        onOrAfter.put("occurredNotBefore", "2015-06-01");
        for (ObjectNode envelope : List.of(onOrAfter, Envelope.of("PG-4", "visit.home", "CSC", "2016-03-10",
                OPEN_ENDED_CHILD, "Home visit"))) {
            assertThat(csc.post("/api/v1/events", envelope).status()).isIn(200, 201);
        }
        assertThat(csc.post("/api/v1/events", Envelope.of("PG-1", "visit.home", "CSC", "2019-05-02", CORRECTED_CHILD,
                "Home visit, child not seen")).status()).isIn(200, 201);
        ObjectNode correction = Envelope.correction("PG-1-fix", "CSC", "PG-1");
        ((ObjectNode) correction.get("details")).put("summary", "Home visit, child seen");
        assertThat(csc.post("/api/v1/events", correction).status()).isIn(200, 201);
    }

    @Test
    void aReviewerSeesTheReviewItsHouseholdTimelineAndFindingsAndDownloadsItsExports() throws IOException {
        browser.signIn(reviewerToken, "review.html");
        assertThat(browser.awaitStatus("Showing")).contains("findings");
        assertThat(browser.text("#title")).isEqualTo("Review: Family T");
        assertThat(browser.text("#scope")).contains("3 children").contains("2017-09-01").contains("2018-06-30");
        assertThat(browser.all(".vis-item.entry")).isNotEmpty();
        assertThat(browser.all(".vis-item.allocation")).isNotEmpty();
        assertFits(browser.chartWindow(), "2017-09-01", "2018-06-30"); // the household's dates, in the review period
        assertThat(browser.all("#findings li.finding-item")).extracting(li -> li.getDomAttribute("data-rule"))
                .contains("SW_TURNOVER");
        assertThat(browser.currentUrl()).doesNotContain(reviewerToken);
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("review");

        JsonNode chronology = api.as(reviewerToken).get("/api/v1/reviews/" + reviewId + "/chronology").json();
        Path pdf = browser.download("[data-export=pdf]", "chronology-Family-T.pdf");
        assertThat(pdfText(pdf)).satisfies(text -> assertReviewTableInOrder(text, chronology));
        Path docx = browser.download("[data-export=docx]", "chronology-Family-T.docx");
        assertThat(docxText(docx)).contains("Month", "Action", "Agency", "Appendix: findings", "SW_TURNOVER");
        Path csv = browser.download("[data-export=csv]", "chronology-Family-T.csv");
        assertThat(Files.readAllLines(csv)).hasSize(chronology.get("entries").size() + 1)
                .anySatisfy(line -> assertThat(line).contains("T-036", "strategy.meeting"));
        assertThat(browser.consoleLog()).doesNotContain(reviewerToken);
        browser.signOut();
        assertThat(browser.script("return sessionStorage.getItem('chronology.session')")).isNull();
    }

    @Test
    void aReviewerOpensAChildsTimelineClicksAnEventAndSwitchesToWhatAnAgencyKnew() throws IOException {
        browser.signIn(reviewerToken, "review.html");
        browser.open("/app/timeline.html#T-Twin1");
        browser.awaitStatus("Showing");
        int current = browser.all("#entries tbody tr").size();
        assertThat(browser.text("#view-label")).startsWith("Current view");
        assertThat(browser.all(".vis-item.imprecise")).as("month-precision entries drawn as spans").isNotEmpty();
        assertFits(browser.chartWindow(), "2017-09-01", "2018-06-30"); // the review period
        assertThat(browser.timelineLabelsCutOff()).isEmpty();

        browser.find(".vis-item .item-label[data-event-id='T-036']").click();
        assertThat(browser.text("#details-title")).startsWith("Strategy Meeting when twins four weeks old");
        assertThat(browser.text("#details")).contains("month precision: 2018-03-01 to 2018-03-31");
        assertThat(browser.text("#knowers")).contains("CSC since");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("timeline-event");

        browser.find("#findings li.finding-item[data-rule='SW_TURNOVER'] button").click();
        assertThat(browser.all(".vis-item.evidence")).as("the finding's evidence marked on the chart").isNotEmpty();
        assertThat(browser.all("#entries tr.evidence")).isNotEmpty();
        browser.screenshot("timeline-finding");

        // The seed was recorded today, so what the police knew is what they know by today.
        browser.script("document.getElementById('known-to').value = 'POLICE'");
        browser.find("#view-known").click();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        browser.await(d -> browser.text("#view-label").startsWith("As known to POLICE on " + today));
        browser.awaitStatus("Showing");
        assertThat(browser.all("#entries tbody tr")).hasSizeBetween(1, current - 1);
        browser.screenshot("timeline-known-to");

        Path pdf = browser.download("[data-export=pdf]", "chronology-T-Twin1.pdf");
        assertThat(pdfText(pdf)).contains("Chronology: T-Twin1", "Appendix: findings");
        assertThat(browser.download("[data-export=csv]", "chronology-T-Twin1.csv")).isNotEmptyFile();
        assertThat(browser.download("[data-export=docx]", "chronology-T-Twin1.docx")).isNotEmptyFile();

        browser.find("input[name=view][value=current]").click();
        browser.script("document.getElementById('type').value = 'strategy.meeting';"
                + "document.getElementById('agency').value = 'CSC'");
        browser.find("#apply").click();
        browser.await(d -> browser.all("#entries tbody tr").size() < current);
        assertThat(browser.all("#entries tbody td:nth-child(3)")).isNotEmpty()
                .allSatisfy(type -> assertThat(type.getText()).isEqualTo("strategy.meeting"));
        browser.signOut();
    }

    @Test
    void anAgencyReadsOnlyChildrenItRecordedForAndSeesCorrections() {
        browser.signIn(agencyToken, "timeline.html");
        browser.find("#child-id").sendKeys(CORRECTED_CHILD);
        browser.find("#apply").click();
        browser.awaitStatus("Showing 1 entries");
        browser.find("button[aria-label='Details of PG-1']").sendKeys(Keys.ENTER);
        assertThat(browser.text("#details-title")).isEqualTo("Home visit, child seen");
        assertThat(browser.script("return document.activeElement.id")).as("focus moves to the details")
                .isEqualTo("details-title");
        assertThat(browser.text("#corrections")).contains("PG-1-fix")
                .contains("summary: Home visit, child not seen → Home visit, child seen");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("agency-timeline");

        browser.find("#child-id").clear();
        browser.find("#child-id").sendKeys(OPEN_ENDED_CHILD);
        browser.find("#apply").click();
        browser.awaitStatus("Showing 2 entries");
        assertFits(browser.chartWindow(), "2015-06-01", "2016-03-10"); // the open end (today) does not stretch it
        assertThat(browser.text(".vis-item.open-end")).startsWith("on or after 2015-06-01: Visit");
        assertThat(browser.timelineLabelsCutOff()).isEmpty();
        assertThat(browser.text("#entries tbody")).contains("on or after 2015-06-01");
        browser.screenshot("agency-timeline-open-ended");

        browser.expectConsoleError("PG-Not-Ours/.* status of 403");
        browser.find("#child-id").clear();
        browser.find("#child-id").sendKeys("PG-Not-Ours");
        browser.find("#apply").click();
        assertThat(browser.awaitStatus("Not allowed")).isNotEmpty();
        assertThat(browser.all("#entries tbody tr")).isEmpty();
        browser.open("/app/dashboard.html");
        assertThat(browser.text("#not-allowed")).contains("not available to your role (agency)");
        assertThat(browser.all("canvas")).isEmpty();
        browser.expectConsoleError("/api/v1/dashboard/summary .* status of 403");
        assertThat(browser.statusOfFetch("/api/v1/dashboard/summary")).isEqualTo(403);
        browser.signOut();
    }

    @Test
    void anAgencySignsInAndReadsATimelineByKeyboardAlone() {
        browser.open("/app/");
        browser.press(Keys.TAB);
        assertThat(browser.focused()).as("the first stop: a skip link, shown with a focus outline")
                .containsEntry("text", "Skip to main content").containsEntry("shown", true).containsEntry("outline", true);
        browser.press(Keys.ENTER);
        assertThat(browser.focused()).containsEntry("id", "main");
        browser.press(Keys.TAB);
        assertThat(browser.focused()).containsEntry("id", "token").containsEntry("outline", true);
        browser.press(agencyToken, Keys.ENTER);
        browser.await(d -> browser.currentUrl().contains("timeline.html"));

        browser.press(Keys.TAB, Keys.ENTER, Keys.TAB);
        assertThat(browser.focused()).as("past the header, the page's first field").containsEntry("id", "child-id")
                .containsEntry("outline", true);
        browser.press(CORRECTED_CHILD, Keys.ENTER);
        assertThat(browser.awaitStatus("Showing")).startsWith("Showing 1 entries");
        browser.screenshot("keyboard-timeline");
        browser.signOut();
    }

    @Test
    void aDashboardSeesChartsOfCountsThatFollowNewEventsAndNoChildsRecords() {
        browser.signIn(dashboardToken, "dashboard.html");
        browser.awaitStatus("Updated at");
        // Family T's three children are too few to count: the total is suppressed, as in official statistics.
        assertThat(browser.text("[data-total=findings]")).matches("fewer than 5|[1-9][0-9]*");
        assertThat(browser.all("canvas")).hasSize(7);
        List<String> months = browser.chartLabels("by-month");
        assertThat(months).as("a month with no findings is a zero, not a missing tick").contains("2017-10", "2018-01")
                .isEqualTo(monthsFrom(months.get(0), months.get(months.size() - 1)));
        assertThat(browser.chartLabelsCutOff()).isEmpty();
        browser.script("document.querySelector('details.figures').open = true");
        assertThat(browser.text("#table-byRule")).contains("SW_TURNOVER").doesNotContain("T-Twin1");
        assertThat(browser.text("#table-byMonth")).contains("2017-10 0", "2018-01 0");
        assertThat(browser.text("#table-alertsByWait")).as("every bucket, in order")
                .containsPattern("(?s)under 1 hour .*1 to 24 hours .*over 24 hours .*not acknowledged ");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("dashboard");
        browser.script("document.getElementById('by-month').scrollIntoView()");
        browser.screenshot("dashboard-months");

        browser.script("document.getElementById('agency').value = 'NATIONAL-PANEL'");
        browser.find("#period button[type=submit]").click();
        browser.await(d -> browser.all("#table-byMonth tbody tr").isEmpty());
        browser.script("document.getElementById('agency').value = 'CSC'");
        browser.find("#period button[type=submit]").click();
        browser.await(d -> !browser.all("#table-byMonth tbody tr").isEmpty());

        long entries = Long.parseLong(browser.text("[data-total=entries]"));
        assertThat(api.as(agencyToken).post("/api/v1/events", Envelope.of("PG-2", "appointment.missed", "CSC",
                "2019-06-03", "PG-Child-2", "Missed appointment")).status()).isIn(200, 201);
        browser.await(d -> Long.parseLong(browser.text("[data-total=entries]")) > entries);

        browser.open("/app/timeline.html#T-Twin1");
        browser.expectConsoleError("(T-Twin1/timeline|export.pdf) .* status of 403");
        assertThat(browser.text("#not-allowed")).contains("not available to your role (dashboard)");
        assertThat(browser.all("#entries tbody tr")).isEmpty();
        assertThat(browser.statusOfFetch("/api/v1/children/T-Twin1/timeline")).isEqualTo(403);
        assertThat(browser.statusOfFetch("/api/v1/children/T-Twin1/export.pdf")).isEqualTo(403);
        assertThat(browser.statusOfFetch("/api/v1/reviews/" + reviewId + "/export.pdf")).isEqualTo(403);
        browser.signOut();
    }

    @Test
    void everyRoleReadsTheGapRulesAndTheFactsEachNeeds() {
        int rules = api.as(agencyToken).get("/api/v1/rules").json().size();
        Map<String, String> landings = Map.of(agencyToken, "timeline.html", dashboardToken, "dashboard.html");
        landings.forEach((token, landing) -> {
            browser.signIn(token, landing);
            browser.find("nav a[href='rules.html']").click();
            assertThat(browser.awaitStatus("Showing")).contains(rules + " rules");
            assertThat(browser.all("#rules tbody tr")).hasSize(rules);
            assertThat(browser.text("#rule-SW_TURNOVER")).contains("SW_TURNOVER", "W = 90d");
            assertThat(browser.accessibilityProblems()).isEmpty();
            browser.screenshot("rules");
            browser.signOut();
        });
    }

    @Test
    void anAdministratorSeesAgenciesTokensAndFirstReadsButNoChildsRecords() {
        browser.signIn(Service.ADMIN_TOKEN, "admin.html");
        browser.await(d -> browser.all("#tokens tbody tr").size() > 0);
        assertThat(browser.text("#agencies")).contains("CSC");
        assertThat(browser.text("#projections")).contains("timeline", "turnover", "Progress", "Time left")
                .containsPattern("\\d of \\d[\\d,]* \\(100%\\) events");
        assertThat(browser.text("#findings-refresh")).startsWith("Findings");
        assertThat(browser.text("#tokens")).doesNotContain(reviewerToken).contains("Casey Worker");
        assertThat(browser.text("#first-reads")).contains("When", "Person");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("admin");
        browser.open("/app/review.html");
        browser.expectConsoleError("(T-Twin1/timeline|/chronology) .* status of 403");
        assertThat(browser.text("#not-allowed")).contains("not available to your role (admin)");
        assertThat(browser.statusOfFetch("/api/v1/children/T-Twin1/timeline")).isEqualTo(403);
        assertThat(browser.statusOfFetch("/api/v1/reviews/" + reviewId + "/chronology")).isEqualTo(403);
        browser.signOut();
    }

    @Test
    void aTokenTheServiceRefusesDoesNotSignIn() {
        browser.open("/app/");
        browser.find("#token").sendKeys("chr_0000000000000000_" + "x".repeat(43));
        browser.expectConsoleError("/api/v1/me .* status of 401");
        browser.find("#sign-in button[type=submit]").click();
        assertThat(browser.awaitStatus("That token was not accepted")).isNotEmpty();
        assertThat(browser.script("return sessionStorage.getItem('chronology.session')")).isNull();
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("sign-in");
        // The checker does find problems: an input without a label is one.
        browser.script("document.body.append(Object.assign(document.createElement('input'), {id: 'unlabelled'}))");
        assertThat(browser.accessibilityProblems()).anySatisfy(problem -> assertThat(problem).contains("label"));
    }

    /**
     * Each row of the review's chronology, in order: its month (printed where it changes), the action summaries of
     * its sources (the entries recording one happening) and their agencies. Retracted entries are on no row.
     */
    private static void assertReviewTableInOrder(String pdfText, JsonNode chronology) {
        String text = unbroken(pdfText);
        Map<String, JsonNode> entries = new java.util.HashMap<>();
        chronology.get("entries").forEach(entry -> entries.put(entry.get("recordingAgency").asText() + ":"
                + entry.get("eventId").asText(), entry));
        int at = 0;
        String previousMonth = null;
        int checked = 0;
        for (JsonNode row : chronology.get("rows")) {
            List<JsonNode> sources = new java.util.ArrayList<>();
            row.get("sources").forEach(source -> sources.add(entries.get(source.asText())));
            String month = month(sources.get(0));
            List<String> expected = new java.util.ArrayList<>(month.equals(previousMonth) ? List.of() : List.of(month));
            sources.forEach(source -> expected.add(summary(source)));
            sources.stream().map(WebPagesTest::agency).distinct().forEach(expected::add);
            for (String part : expected.stream().map(WebPagesTest::unbroken).toList()) {
                int found = text.indexOf(part, at);
                assertThat(found).as("'%s' of row %s after position %d", part, row.get("sources"), at)
                        .isGreaterThanOrEqualTo(0);
                at = found + part.length();
            }
            previousMonth = month;
            checked += sources.size();
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(text.indexOf("Appendix: findings", at)).isPositive();
    }

    /**
     * The chart's time axis shows the whole of {@code from}-{@code to} and not much more: margins for the labels of
     * the dates at its edges, at most half as long again.
     */
    private static void assertFits(List<LocalDate> window, String from, String to) {
        LocalDate first = LocalDate.parse(from);
        LocalDate last = LocalDate.parse(to);
        assertThat(window.get(0)).as("axis start").isBeforeOrEqualTo(first);
        assertThat(window.get(1)).as("axis end").isAfterOrEqualTo(last);
        assertThat(ChronoUnit.DAYS.between(window.get(0), window.get(1))).as("axis length in days")
                .isLessThanOrEqualTo(ChronoUnit.DAYS.between(first, last) * 3 / 2);
    }

    private static List<String> monthsFrom(String first, String last) {
        return Stream.iterate(YearMonth.parse(first), m -> !m.isAfter(YearMonth.parse(last)), m -> m.plusMonths(1))
                .map(YearMonth::toString).toList();
    }

    private static String month(JsonNode entry) {
        LocalDate start = LocalDate.parse(entry.get("period").get("from").asText());
        return entry.get("precision").asText().equals("year") ? Integer.toString(start.getYear())
                : start.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
    }

    /** Text as compared with the PDF's: runs of white space as one, and a hyphen that ended a line joined up. */
    private static String unbroken(String text) {
        return text.replaceAll("\\s+", " ").replace("- ", "-");
    }

    private static String summary(JsonNode entry) {
        return entry.get("summary").asText().replaceAll("\\s+", " ");
    }

    private static String agency(JsonNode entry) {
        return entry.get("actingAgency").isNull() ? entry.get("recordingAgency").asText()
                : entry.get("actingAgency").asText();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String docxText(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
