package org.chronology.client.it;

import io.micronaut.http.HttpStatus;
import org.chronology.client.api.TokenRequest;
import org.chronology.client.api.Acknowledgement;
import org.chronology.client.api.Agency;
import org.chronology.client.api.AgencyRegistration;
import org.chronology.client.api.BatchResult;
import org.chronology.client.api.Chronology;
import org.chronology.client.api.ChronologyClient;
import org.chronology.client.api.Dashboard;
import org.chronology.client.api.Event;
import org.chronology.client.api.EventBatch;
import org.chronology.client.api.FieldError;
import org.chronology.client.api.Gaps;
import org.chronology.client.api.IssuedToken;
import org.chronology.client.api.ItemResult;
import org.chronology.client.api.OpenedReview;
import org.chronology.client.api.ProblemException;
import org.chronology.client.api.ProjectionStatus;
import org.chronology.client.api.ReviewRequest;
import org.chronology.client.api.Timeline;
import org.chronology.client.api.TimelineEntry;
import org.chronology.client.api.TimelineQuery;
import org.chronology.client.api.Turnover;
import org.chronology.client.api.Worker;
import org.chronology.client.support.ChronologyService;
import org.chronology.client.support.WithChronologyService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.chronology.client.support.ChronologyService.unique;

/**
 * The client against the real service over HTTP: every endpoint of the contract, and its refusals. The
 * agencies are set up once for the class; each test works on children of its own.
 */
@ExtendWith(WithChronologyService.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientIT {

    private final ChronologyService service;
    private Chronology admin;
    private Chronology csc;
    private String cscCode;
    private String policeCode;

    ClientIT(ChronologyService service) {
        this.service = service;
    }

    @BeforeAll
    void agencies() {
        cscCode = unique("CSC");
        policeCode = unique("POLICE");
        csc = service.connect(service.agencyWithToken(cscCode, "la.csc"));
        service.agencyWithToken(policeCode, "justice.police");
        admin = service.connect(service.adminToken());
    }

    @AfterAll
    void close() {
        csc.close();
        admin.close();
    }

    @Test
    void administrators_register_agencies_and_anyone_reads_them() {
        String code = unique("GP");

        assertThat(admin.client().registerAgency(code, new AgencyRegistration("Surgery", "health.primary")).code())
                .isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(admin.client().registerAgency(code, new AgencyRegistration("The Surgery", "health.primary")).code())
                .isEqualTo(HttpStatus.OK.getCode());
        assertThat(csc.client().agency(code)).isEqualTo(new Agency(code, "The Surgery", "health.primary"));
        assertThat(csc.client().agencies()).contains(new Agency(code, "The Surgery", "health.primary"));
        assertThatThrownBy(() -> csc.client().agency("NO-SUCH-AGENCY"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void a_refused_registration_names_every_bad_field() {
        assertThatThrownBy(() -> admin.client().registerAgency("bad code", new AgencyRegistration("", "hospital")))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.title()).isEqualTo("The request is not valid");
                    assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("code", "name", "sector");
                });
        assertThatThrownBy(() -> csc.client().registerAgency(unique("X"), new AgencyRegistration("X", "vcs")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void administrators_issue_list_and_revoke_tokens() {
        IssuedToken agencyToken = admin.client().issueAgencyToken(cscCode, new TokenRequest("Casey Worker", null));
        IssuedToken dashboardToken = admin.client().issueDashboardToken(new TokenRequest(null, null));

        assertThat(agencyToken.role()).isEqualTo("agency");
        assertThat(agencyToken.agency()).isEqualTo(cscCode);
        assertThat(dashboardToken.role()).isEqualTo("dashboard");
        assertThat(admin.client().tokens()).anySatisfy(t -> {
            assertThat(t.tokenId()).isEqualTo(agencyToken.tokenId());
            assertThat(t.revokedAt()).isNull();
        });

        admin.client().revokeToken(agencyToken.tokenId());

        assertThat(admin.client().tokens()).filteredOn(t -> t.tokenId().equals(agencyToken.tokenId()))
                .singleElement().satisfies(t -> assertThat(t.revokedAt()).isNotNull());
        try (Chronology revoked = service.connect(agencyToken.token())) {
            assertThatThrownBy(() -> revoked.client().agencies())
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(401));
        }
        assertThatThrownBy(() -> admin.client().revokeToken("0000000000000000"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void an_event_is_recorded_once_resent_as_a_duplicate_and_never_changed() {
        String child = unique("C");
        Event event = Event.of(unique("E"), "strategy.meeting", cscCode, "2018-03", List.of(child), "Strategy meeting")
                .withDetails(Map.of("invited", List.of(cscCode, policeCode)));

        Acknowledgement first = csc.client().record(event);
        Acknowledgement again = csc.client().record(event);

        assertThat(first.status()).isEqualTo("recorded");
        assertThat(again.duplicate()).isTrue();
        assertThat(again.recordedAt()).isEqualTo(first.recordedAt());
        assertThatThrownBy(() -> csc.client().record(event.withDetails(Map.of("invited", List.of(cscCode)))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("eventId");
                });
    }

    @Test
    void an_invalid_event_is_refused_with_its_field_errors() {
        Event bad = new Event(unique("E"), "visit.home", cscCode, null, "2018-02-30", null, null, null, null,
                List.of("not ok"), null, null, "Visit", null, null, null);

        assertThatThrownBy(() -> csc.client().record(bad)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errors()).extracting(FieldError::field).contains("occurredAt", "children[0]");
        });
    }

    @Test
    void a_batch_answers_every_event_in_request_order() {
        String child = unique("C");
        Event recordedBefore = Event.of(unique("E"), "visit.home", cscCode, "2018-03-01", List.of(child), "Visit");
        csc.client().record(recordedBefore);
        Event fresh = Event.of(unique("E"), "visit.home", cscCode, "2018-03-02", List.of(child), "Visit");
        Event unknownType = Event.of(unique("E"), "visit.unknown", cscCode, "2018-03-03", List.of(child), "Visit");

        BatchResult result = csc.client().recordBatch(new EventBatch(List.of(fresh, recordedBefore, unknownType)));

        assertThat(result.recorded()).isEqualTo(1);
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.results()).extracting(ItemResult::eventId, ItemResult::status).containsExactly(
                tuple(fresh.eventId(), "recorded"),
                tuple(recordedBefore.eventId(), "duplicate"),
                tuple(unknownType.eventId(), "rejected"));
        assertThat(result.results().get(2).problem().errors()).extracting(FieldError::field).containsExactly("type");
    }

    @Test
    void the_timeline_filters_by_period_agency_and_type_and_shows_what_an_agency_knew() {
        String child = unique("C");
        Event referral = Event.of("ref-1", "referral.made", cscCode, "2018-01-10", List.of(child), "Referral from school")
                .withKnownTo(List.of(policeCode));
        Event visit = Event.of("visit-1", "visit.home", cscCode, "2018-02", List.of(child), "Home visit");
        Event allocation = Event.of("alloc-1", "worker.allocated", cscCode, "2018-03-05", List.of(child), "Allocated")
                .withWorker(new Worker("SW-1", "SOCIAL_WORKER"));
        csc.client().recordBatch(new EventBatch(List.of(allocation, visit, referral)));

        assertThat(ids(csc.client().timeline(child))).containsExactly("ref-1", "visit-1", "alloc-1");
        assertThat(ids(csc.client().timeline(child, new TimelineQuery(LocalDate.parse("2018-02-01"),
                LocalDate.parse("2018-02-28"), null, null, null, null)))).containsExactly("visit-1");
        assertThat(ids(csc.client().timeline(child, new TimelineQuery(null, null, null,
                List.of("referral.made", "worker.allocated"), null, null)))).containsExactly("ref-1", "alloc-1");
        assertThat(ids(csc.client().timeline(child, new TimelineQuery(null, null, List.of(policeCode), null, null, null))))
                .isEmpty();
        Timeline policeView = csc.client().timeline(child, new TimelineQuery(null, null, null, null, policeCode,
                Instant.now().toString()));
        assertThat(policeView.knownTo()).isEqualTo(policeCode);
        assertThat(ids(policeView)).containsExactly("ref-1");

        TimelineEntry entry = csc.client().timeline(child).entries().get(1);
        assertThat(entry.precision()).isEqualTo("month");
        assertThat(entry.period()).isEqualTo(new TimelineEntry.Period("2018-02-01", "2018-02-28"));
        assertThat(entry.recordingAgency()).isEqualTo(cscCode);
        assertThat(entry.status()).isEqualTo("current");
    }

    @Test
    void a_correction_keeps_the_original_in_the_entry_history() {
        String child = unique("C");
        csc.client().record(Event.of("m-1", "strategy.meeting", cscCode, "2018-03", List.of(child), "Strategy meeting"));
        csc.client().record(Event.of("m-1-fix", "entry.corrected", cscCode, null, null, "Meeting was in April")
                .withDetails(Map.of("correctsEventId", "m-1", "occurredAt", "2018-04")));

        TimelineEntry entry = csc.client().timeline(child).entries().get(0);

        assertThat(entry.status()).isEqualTo("corrected");
        assertThat(entry.occurredAt()).isEqualTo("2018-04");
        assertThat(entry.corrections()).singleElement().satisfies(revision -> {
            assertThat(revision.eventId()).isEqualTo("m-1-fix");
            assertThat(revision.previous()).containsEntry("occurredAt", "2018-03");
        });
    }

    @Test
    void turnover_counts_worker_changes_and_gaps_find_what_the_rules_look_for() {
        String child = unique("C");
        csc.client().recordBatch(new EventBatch(List.of(
                Event.of("a-1", "worker.allocated", cscCode, "2018-01-02", List.of(child), "Allocated")
                        .withWorker(new Worker("SW-1", "SOCIAL_WORKER")),
                Event.of("a-2", "worker.allocated", cscCode, "2018-02-01", List.of(child), "Reallocated")
                        .withWorker(new Worker("SW-2", "SOCIAL_WORKER")),
                Event.of("s-1", "strategy.meeting", cscCode, "2018-02-10", List.of(child), "Strategy meeting")
                        .withDetails(Map.of("invited", List.of(cscCode, policeCode))))));

        Turnover turnover = csc.client().turnover(child, "SOCIAL_WORKER", null, null);
        Gaps gaps = csc.client().gaps(child, LocalDate.parse("2018-06-30"));

        assertThat(turnover.distinctWorkers()).isEqualTo(2);
        assertThat(turnover.changes()).isEqualTo(1);
        assertThat(turnover.allocations()).extracting(Turnover.Allocation::workerId).containsExactly("SW-1", "SW-2");
        assertThat(gaps.asOf()).isEqualTo(LocalDate.parse("2018-06-30"));
        assertThat(gaps.findings()).anySatisfy(finding -> {
            assertThat(finding.rule()).isEqualTo("STRAT_NO_HEALTH");
            assertThat(finding.evidence()).contains("s-1");
        });
    }

    @Test
    void a_reviewer_reads_the_review_children_and_every_read_is_audited() {
        String child = unique("C");
        csc.client().record(Event.of("v-1", "visit.home", cscCode, "2018-03-01", List.of(child), "Home visit"));

        OpenedReview review = admin.client().openReview(new ReviewRequest("Family R", List.of(child),
                LocalDate.parse("2018-01-01"), LocalDate.parse("2018-12-31")));
        try (Chronology reviewer = service.connect(review.token())) {
            assertThat(ids(reviewer.client().timeline(child))).containsExactly("v-1");
            assertThatThrownBy(() -> reviewer.client().timeline(unique("C")))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        }

        assertThat(review.children()).containsExactly(child);
        assertThat(admin.client().audit(child, null, null, null))
                .anySatisfy(read -> {
                    assertThat(read.tokenId()).isEqualTo(review.tokenId());
                    assertThat(read.endpoint()).isEqualTo("timeline");
                });
        assertThat(admin.client().audit(null, review.tokenId(), null, 10)).isNotEmpty();
    }

    @Test
    void the_catalogue_and_rules_describe_themselves() {
        assertThat(csc.client().eventTypes()).anySatisfy(type -> {
            assertThat(type.type()).isEqualTo("strategy.meeting");
            assertThat(type.typedDetails()).contains("invited", "attended");
        });
        assertThat(csc.client().rules()).anySatisfy(rule -> {
            assertThat(rule.name()).isEqualTo("SW_TURNOVER");
            assertThat(rule.parameters()).isNotEmpty();
        });
    }

    @Test
    void dashboards_read_aggregate_figures_only() {
        try (Chronology dashboard = service.connect(admin.client().issueDashboardToken(new TokenRequest(null, null)).token())) {
            ChronologyClient client = dashboard.client();
            Dashboard.Summary summary = client.dashboardSummary();
            assertThat(summary.agencies()).isPositive();
            assertThat(client.findingsByRule(null, null).groupedBy()).isEqualTo("rule");
            assertThat(client.findingsByAgency(LocalDate.parse("2018-01-01"), null).groupedBy()).isEqualTo("agency");
            assertThat(client.findingsByMonth("STRAT_NO_HEALTH", null, null).groupedBy()).isEqualTo("month");
            assertThat(client.missedAppointmentsByMonth(null, null).counts()).isNotNull();
            assertThat(client.turnoverDistribution("SOCIAL_WORKER").role()).isEqualTo("SOCIAL_WORKER");
            assertThatThrownBy(() -> client.timeline(unique("C")))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        }
    }

    @Test
    void administrators_watch_and_rebuild_projections() throws InterruptedException {
        assertThat(admin.client().projections()).extracting(ProjectionStatus::name).contains("timeline", "turnover");

        assertThat(admin.client().replayProjection("turnover").name()).isEqualTo("turnover");

        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!caughtUp("turnover") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(caughtUp("turnover")).isTrue();
        assertThatThrownBy(() -> admin.client().replayProjection("nothing"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    private boolean caughtUp(String name) {
        return admin.client().projections().stream().anyMatch(p -> p.name().equals(name) && p.caughtUp() && !p.replaying());
    }

    private static List<String> ids(Timeline timeline) {
        return timeline.entries().stream().map(TimelineEntry::eventId).toList();
    }
}
