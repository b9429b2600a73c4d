package org.chronology.client.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.Format;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

import java.time.LocalDate;
import java.util.List;

/**
 * The Chronology REST contract v1 as a declarative Micronaut client. Obtain one from {@link Chronology#connect}.
 *
 * <p>Every refusal surfaces as a {@link ProblemException}. Calls that are safe to repeat are retried with
 * backoff on transport failures, 429 and 5xx: reads, and event posts (idempotent by {@code eventId}, so a
 * resend after a lost answer comes back as a duplicate). Administrative writes are never retried: a token
 * issued twice would leave a live secret nobody holds.
 */
@Client(id = Chronology.SERVICE_ID, path = "/api/v1")
public interface ChronologyClient {

    // --- recording -------------------------------------------------------------------------------------

    @Post("/events")
    @SafeToRetry
    Acknowledgement record(@Body Event event);

    @Post("/events/batch")
    @SafeToRetry
    BatchResult recordBatch(@Body EventBatch batch);

    // --- agencies, tokens, reviews (admin) ---------------------------------------------------------------

    /** 201 when the agency is new, 200 when its registration was updated. */
    @Put("/agencies/{code}")
    HttpResponse<Agency> registerAgency(String code, @Body AgencyRegistration registration);

    @Get("/agencies")
    @SafeToRetry
    List<Agency> agencies();

    @Get("/agencies/{code}")
    @SafeToRetry
    Agency agency(String code);

    @Post("/agencies/{code}/tokens")
    IssuedToken issueAgencyToken(String code, @Body TokenRequest request);

    @Post("/dashboard-tokens")
    IssuedToken issueDashboardToken(@Body TokenRequest request);

    @Post("/reviews")
    OpenedReview openReview(@Body ReviewRequest review);

    @Get("/tokens")
    @SafeToRetry
    List<TokenInfo> tokens();

    @Delete("/tokens/{tokenId}")
    void revokeToken(String tokenId);

    @Get("/audit")
    @SafeToRetry
    List<AuditRecord> audit(@Nullable @QueryValue String childId, @Nullable @QueryValue String tokenId,
                            @Nullable @QueryValue Boolean firstReads, @Nullable @QueryValue Integer limit);

    // --- reading a child's records -----------------------------------------------------------------------

    @Get("/children/{childId}/timeline")
    @SafeToRetry
    Timeline timeline(String childId, @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                      @Nullable @QueryValue @Format("MULTI") List<String> agency,
                      @Nullable @QueryValue @Format("MULTI") List<String> type,
                      @Nullable @QueryValue String knownTo, @Nullable @QueryValue String asOf);

    default Timeline timeline(String childId, TimelineQuery query) {
        return timeline(childId, query.from(), query.to(), query.agencies(), query.types(), query.knownTo(),
                query.asOf());
    }

    default Timeline timeline(String childId) {
        return timeline(childId, TimelineQuery.ALL);
    }

    @Get("/children/{childId}/turnover")
    @SafeToRetry
    Turnover turnover(String childId, @Nullable @QueryValue String role, @Nullable @QueryValue LocalDate from,
                      @Nullable @QueryValue LocalDate to);

    /** Findings as they stood on {@code asOf} (today when null). */
    @Get("/children/{childId}/gaps")
    @SafeToRetry
    Gaps gaps(String childId, @Nullable @QueryValue LocalDate asOf);

    // --- catalogue and rules -----------------------------------------------------------------------------

    @Get("/rules")
    @SafeToRetry
    List<Rule> rules();

    @Get("/event-types")
    @SafeToRetry
    List<EventTypeInfo> eventTypes();

    // --- dashboards --------------------------------------------------------------------------------------

    @Get("/dashboard/summary")
    @SafeToRetry
    Dashboard.Summary dashboardSummary();

    @Get("/dashboard/findings/by-rule")
    @SafeToRetry
    Dashboard.Counts findingsByRule(@Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to);

    @Get("/dashboard/findings/by-agency")
    @SafeToRetry
    Dashboard.Counts findingsByAgency(@Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to);

    @Get("/dashboard/findings/by-month")
    @SafeToRetry
    Dashboard.Counts findingsByMonth(@Nullable @QueryValue String rule, @Nullable @QueryValue LocalDate from,
                                     @Nullable @QueryValue LocalDate to);

    @Get("/dashboard/missed-appointments/by-month")
    @SafeToRetry
    Dashboard.Counts missedAppointmentsByMonth(@Nullable @QueryValue LocalDate from,
                                               @Nullable @QueryValue LocalDate to);

    @Get("/dashboard/turnover")
    @SafeToRetry
    Dashboard.TurnoverDistribution turnoverDistribution(@Nullable @QueryValue String role);

    // --- an agency's alert subscriptions ----------------------------------------------------------------

    @Post("/subscriptions")
    Subscription subscribe(@Body SubscriptionRequest request);

    @Get("/subscriptions")
    @SafeToRetry
    Subscriptions subscriptions();

    @Post("/subscriptions/{subscriptionId}/pause")
    @SafeToRetry
    Subscription pauseSubscription(String subscriptionId);

    @Post("/subscriptions/{subscriptionId}/resume")
    @SafeToRetry
    Subscription resumeSubscription(String subscriptionId);

    @Delete("/subscriptions/{subscriptionId}")
    void deleteSubscription(String subscriptionId);

    // --- projections (admin) -----------------------------------------------------------------------------

    @Get("/admin/projections")
    @SafeToRetry
    List<ProjectionStatus> projections();

    @Post("/admin/projections/{name}/replay")
    ProjectionStatus replayProjection(String name);

    @Get("/admin/findings")
    @SafeToRetry
    FindingsStatus findingsStatus();
}
