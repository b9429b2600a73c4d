package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.TestCase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.projections.gaps.TestCase.child;
import static org.chronology.projections.gaps.TestCase.event;

class RecordingDelayTest {

    private final RecordingDelay rule = new RecordingDelay();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    /** The health visitor records its visits as they happen: this one on the day after. */
    private static TestCase.Event liveVisit() {
        return event("V-0", "visit.home", "HV", "2018-02-01").recordedAt("2018-02-02");
    }

    @Test
    void givenAnAgencyRecordingLive_whenAnEntryComesMoreThanThirtyDaysLate_thenItFires() {
        List<Finding> findings = evaluate(child().add(liveVisit(),
                event("V-1", "visit.home", "HV", "2018-03-01").recordedAt("2018-04-20")), asOf);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("RECORDING_DELAY");
            assertThat(f.evidence()).containsExactly("V-1");
            assertThat(f.agencies()).containsExactly("HV");
            assertThat(f.explanation()).isEqualTo("HV recorded the visit home of 2018-03-01 on 2018-04-20, up to 50 "
                    + "days after it happened (limit 30 days), although it was recording the household's entries by "
                    + "then.");
        });
    }

    @Test
    void givenAnEntryRecordedWithinThirtyDays_thenSilent() {
        assertThat(evaluate(child().add(liveVisit(),
                event("V-1", "visit.home", "HV", "2018-03-01").recordedAt("2018-03-31")), asOf)).isEmpty();
    }

    @Test
    void givenAChronologyLoadedForAReview_thenSilent() {
        // Every entry of the agency recorded years later at once: history loaded, not recorded late.
        assertThat(evaluate(child().add(
                event("V-0", "visit.home", "HV", "2018-02-01").recordedAt("2026-01-10T09:00:00Z"),
                event("V-1", "visit.home", "HV", "2018-03-01").recordedAt("2026-01-10T09:00:01Z")),
                LocalDate.of(2026, 2, 1))).isEmpty();
    }

    @Test
    void givenABacklogEnteredOnOneDay_thenOneFindingPointingAtItsOldestEntry() {
        List<Finding> findings = evaluate(child().add(liveVisit(),
                event("V-1", "visit.home", "HV", "2018-03-01").recordedAt("2018-06-01"),
                event("V-2", "visit.home", "HV", "2018-03-15").recordedAt("2018-06-01"),
                event("V-3", "contact.remote", "HV", "2018-04-02").recordedAt("2018-06-01")), asOf);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("V-1", "V-2", "V-3");
            assertThat(f.occurredAt()).isEqualTo("2018-03-01");
        });
    }

    @Test
    void givenAMonthPrecisionEntry_thenTheDelayRunsFromTheMonthsLastDay() {
        assertThat(evaluate(child().add(liveVisit(),
                event("V-1", "visit.home", "HV", "2018-03").recordedAt("2018-04-25")), asOf)).isEmpty();
        assertThat(evaluate(child().add(liveVisit(),
                event("V-1", "visit.home", "HV", "2018-03").recordedAt("2018-05-02")), asOf)).hasSize(1);
    }

    @Test
    void givenAnEntryNotYetRecordedOnTheAsOfDate_thenSilent() {
        var file = child().add(liveVisit(), event("V-1", "visit.home", "HV", "2018-03-01").recordedAt("2018-04-20"));

        assertThat(evaluate(file, LocalDate.of(2018, 4, 10))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 4, 20))).hasSize(1);
    }

    @Test
    void givenARecordEnteredForAnEarlierEntry_whenMoreThanThirtyDaysLater_thenItFires() {
        var file = child().add(
                event("A-1", "assessment.completed", "CSC", "2017-03-10").recordedAt("2026-01-10"),
                event("R-1", "record.entered", "CSC", "2018-09-01").recordedAt("2026-01-10")
                        .details("{'refersTo':'A-1'}"));

        assertThat(evaluate(file, LocalDate.of(2026, 2, 1))).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("R-1", "A-1");
            assertThat(f.explanation()).contains("entered in CSC's record only on 2018-09-01");
        });
    }

    @Test
    void givenAnotherChildsLateEntry_thenSilent() {
        assertThat(evaluate(child().add(liveVisit(), event("V-1", "visit.home", "HV", "2018-03-01")
                .children("SIBLING").recordedAt("2018-05-20")), asOf)).isEmpty();
    }
}
