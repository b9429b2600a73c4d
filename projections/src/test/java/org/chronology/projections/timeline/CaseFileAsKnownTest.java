package org.chronology.projections.timeline;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.chronology.core.api.event.EntryCorrected;
import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRetracted;
import org.chronology.core.api.event.Occurrence;
import org.chronology.core.api.event.Precision;
import org.chronology.core.api.event.contact.HomeVisitMade;
import org.chronology.core.api.event.details.CorrectionDetails;
import org.chronology.core.api.event.details.Details;
import org.chronology.core.api.event.details.RetractionDetails;
import org.chronology.core.api.event.health.EmergencyDepartmentAttendance;
import org.chronology.projections.ReadModelDatabase;
import org.chronology.projections.agency.JdbcAgencyDirectory;
import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.CaseFiles;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.GapEngine;
import org.chronology.projections.gaps.rules.NaiPoliceNotSameDay;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.eventhandling.ReplayStatus.REGULAR;

/**
 * A case file as known at an instant: what the service would have judged then. Entries come through the timeline
 * projection with the recording times the server gave them; corrections and retractions likewise.
 */
class CaseFileAsKnownTest {

    private static final Instant RECORDED = Instant.parse("2018-05-14T10:00:00Z");
    private JdbcTemplate jdbc;
    private TimelineProjection projection;
    private CaseFiles caseFiles;
    private long position;

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(ReadModelDatabase.migrated());
        projection = new TimelineProjection(jdbc);
        caseFiles = new CaseFiles(jdbc, new JdbcAgencyDirectory(jdbc));
        jdbc.update("INSERT INTO agency (code, name, sector) VALUES ('ED', 'Emergency department', 'health.acute'),"
                + " ('HV', 'Health visiting', 'health.community'), ('POLICE', 'Police', 'justice.police')");
    }

    @Test
    void givenASuspectedInjuryRecordedLate_thenTheFindingIsAbsentAsKnownBeforeItsRecordingAndPresentNow() {
        Instant recordedLate = Instant.parse("2018-05-20T16:00:00Z");
        projection.on(new EmergencyDepartmentAttendance(header("E-1", "ED", "2018-05-14", recordedLate),
                new Details(Map.of("suspectedNAI", true, "childMobile", false))), next(), REGULAR);
        GapEngine engine = new GapEngine(List.of(new NaiPoliceNotSameDay()), Map.of());
        LocalDate dayAfter = LocalDate.parse("2018-05-16");

        assertThat(engine.evaluate(caseFiles.caseFile("C1", Instant.parse("2018-05-16T23:59:59Z")), dayAfter))
                .as("nothing showed the injury two days after it").isEmpty();
        assertThat(engine.evaluate(caseFiles.caseFile("C1", recordedLate), dayAfter)).extracting(Finding::rule)
                .as("once recorded, the late entry is judged").containsExactly("NAI_POLICE_NOT_SAME_DAY");
        assertThat(engine.evaluate(caseFiles.caseFile("C1"), dayAfter)).extracting(Finding::rule)
                .as("the case as it stood that day, as known now").containsExactly("NAI_POLICE_NOT_SAME_DAY");
    }

    @Test
    void givenAnEntryRecordedAfterTheInstant_thenItIsNotInTheFile() {
        projection.on(visit("V-1", "2018-05-01", RECORDED), next(), REGULAR);
        projection.on(visit("V-2", "2018-05-02", RECORDED.plusSeconds(60)), next(), REGULAR);

        assertThat(ids(caseFiles.caseFile("C1", RECORDED.minusMillis(1)))).isEmpty();
        assertThat(ids(caseFiles.caseFile("C1", RECORDED))).containsExactly("V-1");
        assertThat(ids(caseFiles.caseFile("C1"))).containsExactly("V-1", "V-2");
    }

    @Test
    void givenACorrectionRecordedAfterTheInstant_thenTheFileHoldsTheEntryAsItStoodBeforeIt() {
        projection.on(visit("V-1", "2018-05-01", RECORDED), next(), REGULAR);
        projection.on(new EntryCorrected("HV:V-1", header("V-2", "HV", null, RECORDED.plusSeconds(60)),
                new CorrectionDetails("V-1", null, null, null, null, null, null, null,
                        Map.of("outcome", "no_access"))), next(), REGULAR);

        assertThat(caseFiles.caseFile("C1", RECORDED.plusSeconds(59)).events()).singleElement()
                .satisfies(e -> assertThat(e.text("outcome")).isEqualTo("seen"));
        assertThat(caseFiles.caseFile("C1", RECORDED.plusSeconds(60)).events()).singleElement()
                .satisfies(e -> assertThat(e.text("outcome")).isEqualTo("no_access"));
    }

    @Test
    void givenARetraction_thenTheEntryIsInTheFileUntilTheRetractionWasRecorded() {
        projection.on(visit("V-1", "2018-05-01", RECORDED), next(), REGULAR);
        projection.on(new EntryRetracted("HV:V-1", header("V-9", "HV", null, RECORDED.plusSeconds(60)),
                new RetractionDetails("V-1", "wrong child")), next(), REGULAR);

        assertThat(ids(caseFiles.caseFile("C1", RECORDED.plusSeconds(59)))).containsExactly("V-1");
        assertThat(ids(caseFiles.caseFile("C1", RECORDED.plusSeconds(60)))).isEmpty();
        assertThat(ids(caseFiles.caseFile("C1"))).isEmpty();
    }

    private static List<String> ids(CaseFile file) {
        return file.events().stream().map(CaseEvent::eventId).toList();
    }

    private GapAwareTrackingToken next() {
        return GapAwareTrackingToken.newInstance(position++, List.of());
    }

    private static HomeVisitMade visit(String id, String date, Instant recordedAt) {
        return new HomeVisitMade(header(id, "HV", date, recordedAt),
                new Details(Map.of("service", "health visiting", "outcome", "seen")));
    }

    private static EntryHeader header(String id, String agency, String date, Instant recordedAt) {
        Occurrence when = null;
        if (date != null) {
            LocalDate day = LocalDate.parse(date);
            when = new Occurrence(date, Precision.DAY, null, null, null, null, day, day,
                    day.atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        }
        return new EntryHeader(id, agency, null, when, recordedAt, List.of("C1"), List.of(), null, "Entry " + id,
                List.of(), null, "fp-" + id);
    }
}
