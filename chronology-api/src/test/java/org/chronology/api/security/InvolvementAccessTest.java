package org.chronology.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access follows involvement that an agency cannot write for itself: over real HTTP, as an agency would try it.
 * The lead agency (children's social care) records the child's case; other agencies see their own knowledge of
 * the child, and the whole record only as partners the lead agency invited, or holders of a grant.
 */
class InvolvementAccessTest extends ServiceTest {

    private static final List<String> WHOLE_RECORD_READS = List.of("gaps", "turnover", "knowledge");

    private static final AtomicInteger CASES = new AtomicInteger();
    /** Recent dates: an invitation makes a partner for a year after the meeting. */
    private static final String REFERRED = LocalDate.now().minusDays(30).toString();
    private static final String MET = LocalDate.now().minusDays(20).toString();
    private static final String VISITED = LocalDate.now().minusDays(10).toString();

    private ApiClient csc;
    /** Each test's own child and event ids: the service and its database are shared by every test. */
    private String victim;
    private String sibling;

    @BeforeEach
    void aChildOnTheLeadAgencysCase() {
        registerAgencies(Map.of("IA-CSC", "la.csc", "IA-SCHOOL", "education", "IA-POLICE", "justice.police",
                "IA-GP", "health.primary", "IA-HV", "health.community"));
        csc = asAgency("IA-CSC");
        int n = CASES.incrementAndGet();
        victim = "IA-Victim-" + n;
        sibling = "IA-Sibling-" + n;
        postAll(List.of(Envelope.of(id("ref"), "referral.made", "IA-CSC", REFERRED, victim, "Referral"),
                Envelope.allocation(id("alloc"), "IA-CSC", REFERRED, victim, "SW-IA-1")));
    }

    private String id(String name) {
        return "IA-" + name + "-" + victim;
    }

    @Test
    void aThrowawayEntryOpensOnlyTheAgencysOwnKnowledge() {
        ApiClient school = asAgency("IA-SCHOOL");
        assertThat(school.get(timelineOf(victim)).status()).isEqualTo(403);

        postAll(List.of(Envelope.of(id("throwaway"), "visit.home", "IA-SCHOOL", VISITED, victim, "x")));

        JsonNode timeline = school.get(timelineOf(victim)).json();
        assertThat(timeline.get("knownTo").asText()).isEqualTo("IA-SCHOOL");
        assertThat(timeline.get("entries").findValuesAsText("eventId")).containsExactly(id("throwaway"));
        for (String read : WHOLE_RECORD_READS) {
            assertThat(school.get("/api/v1/children/" + victim + "/" + read).status()).as(read).isEqualTo(403);
        }
        assertThat(school.get(timelineOf(victim) + "?knownTo=IA-CSC").status()).isEqualTo(403);
        assertThat(school.get("/api/v1/children/" + victim + "/export.csv").text()).contains(id("throwaway"))
                .doesNotContain(id("ref"));
    }

    @Test
    void aBatchNamingManyChildrenOpensNoneOfTheirRecords() {
        postAll(List.of(Envelope.of(id("sib-ref"), "referral.made", "IA-CSC", REFERRED, sibling, "Referral")));
        ObjectNode throwaway = Envelope.of(id("batch"), "visit.home", "IA-HV", VISITED, victim, "x");
        throwaway.withArray("children").add(sibling);
        postAll(List.of(throwaway));

        for (String child : List.of(victim, sibling)) {
            assertThat(asAgency("IA-HV").get(timelineOf(child)).json().get("entries").findValuesAsText("eventId"))
                    .containsExactly(id("batch"));
        }
    }

    @Test
    void aRetractedThrowawayOpensNothingMore() {
        postAll(List.of(Envelope.of(id("gone"), "visit.home", "IA-GP", VISITED, victim, "x")));
        ObjectNode retraction = Envelope.correction(id("gone-r"), "IA-GP", id("gone"));
        retraction.put("type", "entry.retracted");
        retraction.putObject("details").put("retractsEventId", id("gone")).put("reason", "posted in error");
        postAll(List.of(retraction));

        JsonNode timeline = asAgency("IA-GP").get(timelineOf(victim)).json();
        assertThat(timeline.get("entries").findValuesAsText("eventId")).contains(id("gone"))
                .doesNotContain(id("ref"), id("alloc"));
        assertThat(asAgency("IA-GP").get("/api/v1/children/" + victim + "/gaps").status()).isEqualTo(403);
    }

    @Test
    void aPartnerInvitedByTheLeadAgencyReadsTheWholeRecordUntilTheInvitationIsRetracted() {
        ObjectNode strategy = Envelope.of(id("strat"), "strategy.discussion", "IA-CSC", MET, victim, "Strategy");
        strategy.putObject("details").putArray("invited").add("IA-CSC").add("IA-POLICE");
        postAll(List.of(strategy));
        ApiClient police = asAgency("IA-POLICE");

        assertThat(police.get(timelineOf(victim)).json().get("entries").findValuesAsText("eventId"))
                .contains(id("ref"), id("alloc"), id("strat"));
        assertThat(police.get("/api/v1/children/" + victim + "/gaps").status()).isEqualTo(200);

        ObjectNode retraction = Envelope.correction(id("strat-r"), "IA-CSC", id("strat"));
        retraction.put("type", "entry.retracted");
        retraction.putObject("details").put("retractsEventId", id("strat")).put("reason", "wrong child");
        postAll(List.of(retraction));

        assertThat(police.get(timelineOf(victim)).status()).isEqualTo(403);
    }

    @Test
    void anInvitationRecordedByANonLeadAgencyOpensNothing() {
        ObjectNode meeting = Envelope.of(id("own-meeting"), "meeting.professionals", "IA-SCHOOL", MET,
                victim, "Meeting");
        meeting.putObject("details").putArray("invited").add("IA-SCHOOL").add("IA-GP");
        postAll(List.of(meeting));

        assertThat(asAgency("IA-SCHOOL").get("/api/v1/children/" + victim + "/gaps").status()).isEqualTo(403);
    }

    @Test
    void aGrantOpensTheRecordUntilItEndsAndItsFirstReadIsListedForAdministrators() {
        String until = Instant.now().plus(2, ChronoUnit.DAYS).toString();
        var granted = csc.post("/api/v1/children/" + victim + "/grants",
                Map.of("agency", "IA-GP", "reason", "GP asked for a report", "until", until));
        assertThat(granted.status()).as(granted.text()).isEqualTo(201);
        ApiClient gp = asAgency("IA-GP");

        assertThat(gp.get(timelineOf(victim)).json().get("entries").findValuesAsText("eventId")).contains(id("ref"));
        var firstReads = admin.get("/api/v1/audit?firstReads=true&childId=" + victim).json();
        assertThat(firstReads.findValuesAsText("agency")).contains("IA-GP");
        assertThat(firstReads.findValuesAsText("issuedTo")).contains("Worker of IA-GP");

        String grantId = granted.json().get("grantId").asText();
        assertThat(csc.raw("DELETE", "/api/v1/grants/" + grantId, null, new byte[0]).status()).isEqualTo(204);
        assertThat(gp.get(timelineOf(victim)).status()).isEqualTo(403);
    }

    @Test
    void onlyTheLeadAgencyOrAnAdministratorGrants() {
        var refused = asAgency("IA-SCHOOL").post("/api/v1/children/" + victim + "/grants", Map.of("agency", "IA-GP",
                "reason", "r", "until", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
        assertThat(refused.status()).isEqualTo(403);
        var tooLong = admin.post("/api/v1/children/" + victim + "/grants", Map.of("agency", "IA-GP", "reason", "r",
                "until", Instant.now().plus(400, ChronoUnit.DAYS).toString()));
        assertThat(tooLong.status()).isEqualTo(400);
    }

    @Test
    void refusedReadsAreAuditedWithThePersonAndTheParameters() {
        asAgency("IA-POLICE").get(timelineOf(victim) + "?from=2024-01-01");

        var audit = admin.get("/api/v1/audit?childId=" + victim).json();
        assertThat(audit).anySatisfy(row -> {
            assertThat(row.get("scope").asText()).isEqualTo("refused");
            assertThat(row.get("issuedTo").asText()).isEqualTo("Worker of IA-POLICE");
            assertThat(row.get("parameters").asText()).isEqualTo("from=2024-01-01");
        });
        assertThat(admin.get("/api/v1/audit?limit=50").json().findValuesAsText("endpoint")).contains("audit");
    }

    @Test
    void sharingSomeoneElsesEntriesWithOneselfOpensNothing() {
        ObjectNode claim = Envelope.of(id("claim"), "info.shared", "IA-SCHOOL", VISITED, victim, "x");
        claim.putObject("details").put("from", "IA-CSC").putArray("to").add("IA-SCHOOL");
        ((ObjectNode) claim.get("details")).putArray("eventIds").add(id("ref"));
        postAll(List.of(claim));

        assertThat(asAgency("IA-SCHOOL").get(timelineOf(victim)).json().get("entries").findValuesAsText("eventId"))
                .containsExactly(id("claim"));
    }

    @Test
    void aReviewPeriodOutsideTheYears1900To2100IsRefused() {
        for (String[] period : new String[][]{{"0000-01-01", "2018-01-01"}, {"2017-01-01", "9999-12-31"}}) {
            var response = admin.post("/api/v1/reviews", Map.of("name", "r", "children", List.of(victim),
                    "from", period[0], "to", period[1]));
            assertThat(response.status()).as(String.join("..", period)).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aTokenRecordsOnlyForItsOwnAgencyRegisteredOrNot() {
        for (String agency : List.of("IA-CSC", "IA-UNREGISTERED")) {
            var response = asAgency("IA-SCHOOL").post("/api/v1/events",
                    Envelope.of(id("not-mine-" + agency), "visit.home", agency, VISITED, victim, "x"));
            assertThat(response.status()).as(agency).isEqualTo(403);
        }
    }

    @Test
    void aTokenStopsWorkingAtItsExpiry() {
        var issued = admin.post("/api/v1/agencies/IA-CSC/tokens", Map.of("issuedTo", "Short-lived",
                "expiresAt", Instant.now().plusSeconds(2).toString())).json();
        ApiClient shortLived = api.as(issued.get("token").asText());
        assertThat(shortLived.get("/api/v1/agencies").status()).isEqualTo(200);

        await(() -> shortLived.get("/api/v1/agencies").status() == 401);
        assertThat(admin.post("/api/v1/agencies/IA-CSC/tokens", Map.of()).status()).isEqualTo(400);
    }

    private static String timelineOf(String child) {
        return "/api/v1/children/" + child + "/timeline";
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
