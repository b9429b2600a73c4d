package org.chronology.projections.gaps;

import org.chronology.projections.agency.JdbcAgencyDirectory;
import org.chronology.projections.ReadModelDatabase;
import org.chronology.projections.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The background re-judging of marked children, against an in-memory database. */
class FindingsRefresherTest {

    private JdbcTemplate jdbc;
    private FindingsRefresher refresher;
    private final ManualClock clock = new ManualClock();
    private boolean rebuilding;
    private boolean catchingUp;

    @BeforeEach
    void setUp() {
        DataSource dataSource = ReadModelDatabase.migrated();
        jdbc = new JdbcTemplate(dataSource);
        refresher = new FindingsRefresher(jdbc, new CaseFiles(jdbc, new JdbcAgencyDirectory(jdbc)),
                new GapEngine(List.of(), Map.of()), new TransactionTemplate(new JdbcTransactionManager(dataSource)),
                clock, new TimelineRebuilds() {
                    @Override
                    public boolean timelineRebuilding() {
                        return rebuilding;
                    }

                    @Override
                    public boolean timelineCatchingUp() {
                        return catchingUp;
                    }
                });
        // What the timeline projection leaves for the refresher: the child's entry and a mark on it.
        entry("V-1", List.of("C1"), List.of());
        jdbc.update("INSERT INTO finding_mark (person_id, position) VALUES ('C1', 0)");
    }

    @Test
    void aMarkedAdultHasTheChildrenSharingTheirEntriesJudged() {
        entry("V-2", List.of("C2", "C3"), List.of("P1"));
        entry("V-3", List.of("C4"), List.of());
        jdbc.update("INSERT INTO finding_mark (person_id, position) VALUES ('P1', 1)");

        assertThat(refresher.refreshMarked()).as("C1, and C2 and C3 through P1; not C4").isEqualTo(3);
        assertThat(marks()).isZero();
    }

    @Test
    void aMothersPartnerRecordedWithHerAloneIsInTheChildsCaseFileAndHisEntriesHaveTheChildJudged() {
        relationship("R-1", List.of("C1"), "M1", "mother", "C1");
        relationship("R-2", List.of(), "P1", "partner_of_parent", "M1");
        entry("V-9", List.of("C7"), List.of("P1"));
        jdbc.update("DELETE FROM finding_mark");
        jdbc.update("INSERT INTO finding_mark (person_id, position) VALUES ('P1', 1)");

        CaseFile file = new CaseFiles(jdbc, new JdbcAgencyDirectory(jdbc)).caseFile("C1");
        assertThat(file.events()).extracting(CaseEvent::eventId).containsExactlyInAnyOrder("V-1", "R-1", "R-2", "V-9");
        assertThat(file.household().fathersAndMaleCarers("C1")).containsExactly("P1");
        assertThat(refresher.refreshMarked()).as("C7 through P1's entry, and C1 through his relationship to M1")
                .isEqualTo(2);
    }

    @Test
    void aReplaysMarkHasEveryoneOnTheRebuiltTimelineJudgedOnceItIsRebuilt() {
        entry("V-2", List.of("C2"), List.of("P1"));
        entry("V-3", List.of("C3"), List.of());
        jdbc.update("INSERT INTO finding_mark (person_id, position) VALUES (?, 0)", FindingsRefresher.EVERYONE);
        rebuilding = true;

        assertThat(refresher.refreshMarked()).isZero();
        rebuilding = false;
        assertThat(refresher.refreshMarked()).isEqualTo(3);
        assertThat(marks()).isZero();
    }

    @Test
    void aMarkedChildWhoseEntriesWereAllMovedAwayLosesTheirFindings() {
        jdbc.update("INSERT INTO finding (child_id, seq, rule, category, severity, occurred_at, occurred_on,"
                + " evaluated_on) VALUES ('C9', 0, 'SW_TURNOVER', 'workforce', 'high', '2026-01-02',"
                + " DATE '2026-01-02', DATE '2026-01-03')");
        jdbc.update("INSERT INTO finding_mark (person_id, position) VALUES ('C9', 1)");

        assertThat(refresher.refreshMarked()).as("C1, and C9 with no entry left").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE child_id = 'C9'", Long.class)).isZero();
    }

    @Test
    void judgesEachMarkedChildOnceAndClearsTheMarks() {
        assertThat(refresher.refreshMarked()).isEqualTo(1);
        assertThat(marks()).isZero();
        assertThat(refresher.refreshMarked()).isZero();
    }

    @Test
    void waitsWhileTheTimelineIsRebuiltAndKeepsTheMarksForAfterwards() {
        rebuilding = true;
        assertWaitsUntil(() -> rebuilding = false);
    }

    @Test
    void waitsForTheTimelineToCatchUpWithALoadAndThenJudgesOnce() {
        catchingUp = true;
        clock.advance(Duration.ofMinutes(1));
        assertWaitsUntil(() -> catchingUp = false);
    }

    @Test
    void judgesAnywayWhenALoadGoesOnForTwoMinutes() {
        catchingUp = true;
        clock.advance(Duration.ofMinutes(2));

        assertThat(refresher.refreshMarked()).isEqualTo(1);
        jdbc.update("INSERT INTO finding_mark (person_id, position) VALUES ('C1', 1)");
        assertThat(refresher.refreshMarked()).as("the two minutes start again").isZero();
    }

    /** Nothing is judged and the mark stays until {@code release}; then the child is judged and the mark cleared. */
    private void assertWaitsUntil(Runnable release) {
        assertThat(refresher.refreshMarked()).isZero();
        assertThat(marks()).isOne();

        release.run();
        assertThat(refresher.refreshMarked()).isEqualTo(1);
        assertThat(marks()).isZero();
    }

    /** An entry as the timeline projection stores it, with its people. */
    private void entry(String eventId, List<String> children, List<String> adults) {
        entry(eventId, "visit.home", children, adults, "{}");
    }

    /** A relationship entry: {@code person} is {@code relationship} of {@code of}, filed under both. */
    private void relationship(String eventId, List<String> children, String person, String relationship, String of) {
        List<String> adults = Stream.of(person, of).filter(p -> !children.contains(p)).toList();
        entry(eventId, Household.RELATIONSHIP_RECORDED, children, adults,
                String.format("{\"person\":\"%s\",\"relationship\":\"%s\",\"of\":\"%s\"}", person, relationship, of));
    }

    private void entry(String eventId, String type, List<String> children, List<String> adults, String details) {
        String entryId = "HV:" + eventId;
        String document = String.format("{\"eventId\":\"%s\",\"type\":\"%s\",\"recordingAgency\":\"HV\","
                        + "\"precision\":\"day\",\"period\":{\"from\":\"2026-01-02\",\"to\":\"2026-01-02\"},"
                        + "\"recordedAt\":\"2026-01-02T09:00:00Z\",\"children\":%s,\"adults\":%s,\"details\":%s}",
                eventId, type, Json.write(children), Json.write(adults), details);
        jdbc.update("INSERT INTO timeline_entry (entry_id, event_id, recording_agency, event_type, occurred_from,"
                + " occurred_to, sort_key, recorded_at, position, status, document, children) VALUES (?, ?, 'HV',"
                + " ?, DATE '2026-01-02', DATE '2026-01-02', 0, TIMESTAMP WITH TIME ZONE"
                + " '2026-01-02 09:00:00Z', 0, 'current', ?, ?)", entryId, eventId, type, document,
                String.join(" ", children));
        // Filed as the timeline projection files it: each row with its entry's children, and a relationship's
        // rows with everyone it relates.
        String related = type.equals(Household.RELATIONSHIP_RECORDED)
                ? String.join(" ", Stream.concat(children.stream(), adults.stream()).toList()) : null;
        Stream.concat(children.stream(), adults.stream()).forEach(person -> jdbc.update("INSERT INTO timeline_person"
                        + " (person_id, entry_id, is_child, entry_children, related_people) VALUES (?, ?, ?, ?, ?)",
                person, entryId, children.contains(person), String.join(" ", children), related));
    }

    private long marks() {
        return refresher.pendingMarks();
    }

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {

        private Instant now = Instant.parse("2026-01-05T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
