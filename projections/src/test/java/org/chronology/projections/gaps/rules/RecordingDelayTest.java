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

    @Test
    void firesWhenTheRecordCameMoreThanThirtyDaysLater() {
        List<Finding> findings = evaluate(child().add(event("V-1", "visit.home", "HV", "2018-03-01")
                .recordedAt("2018-04-20")), asOf);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("RECORDING_DELAY");
            assertThat(f.evidence()).containsExactly("V-1");
            assertThat(f.agencies()).containsExactly("HV");
            assertThat(f.explanation()).contains("2018-03-01", "2018-04-20", "50 days");
        });
    }

    @Test
    void staysSilentWhenRecordedInTime() {
        assertThat(evaluate(child().add(event("V-1", "visit.home", "HV", "2018-03-01").recordedAt("2018-03-31"),
                event("V-2", "visit.home", "HV", "2018-03-02")), asOf)).isEmpty();
    }

    @Test
    void treatsAGapBeyondTheHorizonAsAHistoricalImport() {
        var file = child().add(event("V-1", "visit.home", "HV", "2018-03-01").recordedAt("2026-01-10T09:00:00Z"));

        assertThat(evaluate(file, LocalDate.of(2026, 2, 1))).isEmpty();
        assertThat(rule.evaluate(file.file(), LocalDate.of(2026, 2, 1), new Parameters(rule.name(),
                rule.parameters(), TestCase.overrides("H", "10y")))).hasSize(1);
    }

    @Test
    void measuresAMonthPrecisionEventFromItsLastPossibleDay() {
        // March 2018 may have been 31 March; recorded 25 April is within 30 days of that.
        assertThat(evaluate(child().add(event("V-1", "visit.home", "HV", "2018-03").recordedAt("2018-04-25")), asOf))
                .isEmpty();
        assertThat(evaluate(child().add(event("V-1", "visit.home", "HV", "2018-03").recordedAt("2018-05-02")), asOf))
                .hasSize(1);
    }

    @Test
    void waitsUntilTheRecordIsOverdue() {
        var file = child().add(event("V-1", "visit.home", "HV", "2018-03-01").recordedAt("2018-04-20"));

        assertThat(evaluate(file, LocalDate.of(2018, 3, 31))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 4, 1))).hasSize(1);
    }

    @Test
    void recordEnteredStatesItsOwnDelay() {
        assertThat(evaluate(child().add(event("R-1", "record.entered", "CSC", "2018-06-01")
                .details("{'recordingDelayMonths':18}")), asOf))
                .singleElement().satisfies(f -> {
                    assertThat(f.evidence()).containsExactly("R-1");
                    assertThat(f.agencies()).containsExactly("CSC");
                    assertThat(f.explanation()).contains("18 months");
                });
        assertThat(evaluate(child().add(event("R-1", "record.entered", "CSC", "2018-06-01")
                .details("{'recordingDelayDays':10}")), asOf)).isEmpty();
    }

    @Test
    void recordEnteredNamesTheEntryItRecords() {
        List<Finding> findings = evaluate(child().add(
                event("A-1", "assessment.completed", "CSC", "2016-12").details("{'kind':'pre_birth'}"),
                event("R-1", "record.entered", "CSC", "2018-06-04").details("{'refersTo':'A-1'}")), asOf);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("R-1", "A-1");
            assertThat(f.occurredAt()).isEqualTo("2018-06-04");
        });
    }

    @Test
    void ignoresOtherChildrensEntries() {
        assertThat(evaluate(child().add(event("V-1", "visit.home", "HV", "2018-03-01").children("C2")
                .recordedAt("2018-05-20")), asOf)).isEmpty();
    }
}
