package org.chronology.projections.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.chronology.core.api.event.EntryCorrected;
import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRetracted;
import org.chronology.core.api.event.Occurrence;
import org.chronology.core.api.event.Precision;
import org.chronology.core.api.event.details.CorrectionDetails;
import org.chronology.core.api.event.details.Details;
import org.chronology.core.api.event.details.RetractionDetails;
import org.chronology.core.api.event.contact.HomeVisitMade;
import org.chronology.core.api.event.information.InformationShared;
import org.chronology.projections.gaps.FindingsRefresher;
import org.chronology.projections.json.Json;
import org.chronology.projections.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.eventhandling.ReplayStatus.REGULAR;
import static org.axonframework.eventhandling.ReplayStatus.REPLAY;

/** The timeline projection, driven by calling its handlers directly against an in-memory database. */
class TimelineProjectionTest {

    private static final Instant T0 = Instant.parse("2018-03-01T09:00:00Z");
    private JdbcTemplate jdbc;
    private TimelineProjection projection;
    private TimelineRepository timelines;
    private long position;

    @BeforeEach
    void setUp() {
        DataSource dataSource = ReadModelDatabase.migrated();
        jdbc = new JdbcTemplate(dataSource);
        projection = new TimelineProjection(jdbc);
        timelines = new TimelineRepository(jdbc);
    }

    @Test
    void entriesAreOrderedByDateThenRecordingTimeAndShowCorrections() {
        projection.on(visit("V-2", "2018-03-20", T0), next(), REGULAR);
        projection.on(visit("V-1", "2018-03", T0.plusSeconds(60)), next(), REGULAR);
        EntryHeader fix = header("V-3", null, T0.plusSeconds(120));
        projection.on(new EntryCorrected("HV:V-2", fix, new CorrectionDetails("V-2", null, "Child seen alone",
                null, null, null, null, null, null)), next(), REGULAR);

        List<JsonNode> docs = timelines.documents(TimelineQuery.of("C1")).stream().map(d -> (JsonNode) Json.object(d)).toList();
        assertThat(docs).extracting(d -> d.get("eventId").asText()).containsExactly("V-1", "V-2");
        JsonNode corrected = docs.get(1);
        assertThat(corrected.get("status").asText()).isEqualTo("corrected");
        assertThat(corrected.get("summary").asText()).isEqualTo("Child seen alone");
        assertThat(corrected.get("corrections").get(0).get("previous").get("summary").asText()).isEqualTo("Home visit");
    }

    @Test
    void aRetractionMarksTheEntryAndKeepsIt() {
        projection.on(visit("V-1", "2018-03-02", T0), next(), REGULAR);
        projection.on(new EntryRetracted("HV:V-1", header("V-9", null, T0.plusSeconds(5)),
                new RetractionDetails("V-1", "wrong child")), next(), REGULAR);

        JsonNode doc = Json.object(timelines.documents(TimelineQuery.of("C1")).get(0));
        assertThat(doc.get("status").asText()).isEqualTo("retracted");
    }

    @Test
    void sharingMakesTheSharedEntriesKnownToTheRecipientsFromThen() {
        projection.on(visit("V-1", "2018-03-02", T0), next(), REGULAR);
        Instant sharedAt = T0.plusSeconds(3600);
        projection.on(new InformationShared(header("S-1", "2018-03-03", sharedAt),
                new Details(Map.of("to", List.of("CSC"), "eventIds", List.of("V-1")))), next(), REGULAR);

        TimelineQuery before = new TimelineQuery("C1", null, null, null, null, "CSC", sharedAt.minusSeconds(1));
        TimelineQuery after = new TimelineQuery("C1", null, null, null, null, "CSC", sharedAt);
        assertThat(timelines.documents(before)).isEmpty();
        assertThat(timelines.documents(after)).hasSize(2);
    }

    @Test
    void oneProcessingBatchWritesItsRowsWhenItCommitsAndCanCorrectWhatItRecorded() {
        Instant sharedAt = T0.plusSeconds(3600);
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        projection.on(visit("V-1", "2018-03-02", T0), next(), REGULAR);
        projection.on(new InformationShared(header("S-1", "2018-03-03", sharedAt),
                new Details(Map.of("to", List.of("CSC"), "eventIds", List.of("V-1")))), next(), REGULAR);
        assertThat(timelines.documents(TimelineQuery.of("C1"))).as("nothing written before the commit").isEmpty();
        projection.on(new EntryCorrected("HV:V-1", header("V-2", null, T0.plusSeconds(60)), new CorrectionDetails("V-1",
                null, "Child seen alone", null, null, null, null, null, null)), next(), REGULAR);
        batch.commit();

        List<JsonNode> docs = timelines.documents(TimelineQuery.of("C1")).stream().map(d -> (JsonNode) Json.object(d)).toList();
        assertThat(docs).extracting(d -> d.get("eventId").asText()).containsExactly("V-1", "S-1");
        assertThat(docs.get(0).get("summary").asText()).isEqualTo("Child seen alone");
        assertThat(timelines.documents(new TimelineQuery("C1", null, null, null, null, "CSC", sharedAt))).hasSize(2);
    }

    @Test
    void aBatchMarksEachPersonOnceAtTheLatestPositionForTheFindingsRefresher() {
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        projection.on(visit("V-1", "2018-03-02", T0), next(), REGULAR);
        projection.on(visit("V-2", "2018-03-03", T0), next(), REGULAR);
        projection.on(visit("V-3", "2018-03-04", T0), next(), REGULAR);
        batch.commit();

        assertThat(jdbc.queryForList("SELECT person_id, position FROM finding_mark"))
                .containsExactly(Map.of("PERSON_ID", "C1", "POSITION", 2L));
    }

    @Test
    void aReplayLeavesOneMarkForEveryoneRatherThanMarkingEachReplayedBatch() {
        projection.reset();
        projection.on(visit("V-1", "2018-03-02", T0), next(), REPLAY);
        projection.on(new EntryCorrected("HV:V-1", header("V-2", null, T0.plusSeconds(60)), new CorrectionDetails("V-1",
                null, null, null, List.of("C2"), null, null, null, null)), next(), REPLAY);
        projection.on(visit("V-3", "2018-03-04", T0), next(), REGULAR);

        assertThat(jdbc.queryForList("SELECT person_id FROM finding_mark ORDER BY person_id", String.class))
                .as("the reset's mark, and the entry recorded since the replay began").containsExactly(FindingsRefresher.EVERYONE, "C1");
        assertThat(timelines.documents(TimelineQuery.of("C2"))).hasSize(1);
    }

    @Test
    void anEventDeliveredAgainChangesNothing() {
        Instant sharedAt = T0.plusSeconds(3600);
        InformationShared sharing = new InformationShared(header("S-1", "2018-03-03", sharedAt),
                new Details(Map.of("to", List.of("CSC"), "eventIds", List.of("V-1"))));
        projection.on(visit("V-1", "2018-03-02", T0), next(), REGULAR);
        projection.on(sharing, next(), REGULAR);
        DefaultUnitOfWork<?> redelivery = DefaultUnitOfWork.startAndGet(null);
        projection.on(visit("V-1", "2018-03-02", T0), next(), REGULAR);
        projection.on(sharing, next(), REGULAR);
        redelivery.commit();

        assertThat(timelines.documents(TimelineQuery.of("C1"))).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM timeline_knowledge", Integer.class))
                .as("CSC was sent both; HV knows what it recorded from the entries themselves").isEqualTo(2);
    }

    @Test
    void aProcessingBatchReadsWhatTheTablesHoldAfterItsLastEventAndSkipsWhatTheyHold() {
        projection.on(visit("V-1", "2018-03-02", T0), next(), REGULAR);
        List<EventMessage<HomeVisitMade>> events = List.of(GenericEventMessage.asEventMessage(
                visit("V-1", "2018-03-02", T0)), GenericEventMessage.asEventMessage(visit("V-2", "2018-03-03", T0)));
        BatchingUnitOfWork<EventMessage<HomeVisitMade>> batch = new BatchingUnitOfWork<>(events);
        batch.executeWithResult(() -> {
            projection.on(batch.getMessage().getPayload(), next(), REGULAR);
            return null;
        });

        assertThat(batch.getExecutionResults().values()).noneMatch(ExecutionResult::isExceptionResult);
        assertThat(timelines.documents(TimelineQuery.of("C1"))).extracting(d -> Json.object(d).get("eventId").asText())
                .containsExactly("V-1", "V-2");
    }

    @Test
    void aBatchReadsAgainBeforeWritingWhenAReadPutAnEntryOnTheTimelineAheadOfItSinceItsReadAhead() {
        List<EventMessage<HomeVisitMade>> events = List.of(GenericEventMessage.asEventMessage(
                visit("V-1", "2018-03-02", T0)), GenericEventMessage.asEventMessage(visit("V-2", "2018-03-03", T0)));
        BatchingUnitOfWork<EventMessage<HomeVisitMade>> batch = new BatchingUnitOfWork<>(events);
        batch.executeWithResult(() -> {
            projection.on(batch.getMessage().getPayload(), next(), REGULAR);
            if (batch.isLastMessage()) {
                // The batch has read what the tables hold; a read catching up writes V-2 before the batch commits.
                projection.ahead.run(() -> projection.recordNow(Map.of(position, visit("V-2", "2018-03-03", T0))));
            }
            return null;
        });

        assertThat(batch.getExecutionResults().values()).noneMatch(ExecutionResult::isExceptionResult);
        assertThat(timelines.documents(TimelineQuery.of("C1"))).extracting(d -> Json.object(d).get("eventId").asText())
                .containsExactly("V-1", "V-2");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM timeline_person", Integer.class)).isEqualTo(2);
    }

    @Test
    void anAgencyKnowsWhatItRecordsFromWhenItRecordedIt() {
        projection.on(visit("V-1", "2018-03-02", T0), next(), REGULAR);

        assertThat(timelines.documents(new TimelineQuery("C1", null, null, null, null, "HV", T0.minusSeconds(1)))).isEmpty();
        assertThat(timelines.documents(new TimelineQuery("C1", null, null, null, null, "HV", T0))).hasSize(1);
        assertThat(new KnowledgeRepository(jdbc).knowledge("C1", null, null))
                .containsExactly(new KnowledgeRepository.Known("V-1", "HV", "HV", T0));
    }

    @Test
    void aCorrectionThatMovesAnEntryToAnotherChildMovesItBetweenTimelinesAndMarksBoth() {
        projection.on(visit("V-1", "2018-03-02", T0), next(), REGULAR);
        jdbc.update("DELETE FROM finding_mark");
        projection.on(new EntryCorrected("HV:V-1", header("V-2", null, T0.plusSeconds(60)), new CorrectionDetails("V-1",
                null, null, null, List.of("C2"), null, null, null, null)), next(), REGULAR);

        assertThat(timelines.documents(TimelineQuery.of("C1"))).isEmpty();
        assertThat(timelines.documents(TimelineQuery.of("C2"))).hasSize(1);
        assertThat(jdbc.queryForList("SELECT person_id FROM finding_mark ORDER BY person_id", String.class))
                .containsExactly("C1", "C2");
        assertThat(jdbc.queryForObject("SELECT children FROM timeline_entry", String.class)).isEqualTo("C2");
    }

    private GapAwareTrackingToken next() {
        return GapAwareTrackingToken.newInstance(position++, List.of());
    }

    private static HomeVisitMade visit(String id, String date, Instant recordedAt) {
        return new HomeVisitMade(header(id, date, recordedAt),
                new Details(Map.of("service", "health visiting", "outcome", "seen")));
    }

    private static EntryHeader header(String id, String date, Instant recordedAt) {
        Occurrence when = null;
        if (date != null) {
            boolean month = date.length() == 7;
            LocalDate start = month ? LocalDate.parse(date + "-01") : LocalDate.parse(date);
            LocalDate end = month ? start.withDayOfMonth(start.lengthOfMonth()) : start;
            when = new Occurrence(date, month ? Precision.MONTH : Precision.DAY, null, null, null, null, start, end,
                    start.atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        }
        return new EntryHeader(id, "HV", null, when, recordedAt, List.of("C1"), List.of(), null, "Home visit",
                List.of(), null, "fp-" + id);
    }
}
