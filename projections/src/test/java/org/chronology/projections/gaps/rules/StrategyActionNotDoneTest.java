package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.projections.gaps.TestCase.child;
import static org.chronology.projections.gaps.TestCase.event;

class StrategyActionNotDoneTest {

    private final StrategyActionNotDone rule = new StrategyActionNotDone();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> findings(CaseFile file, LocalDate asOf) {
        return rule.evaluate(file, asOf, Parameters.defaults(rule));
    }

    @Test
    void firesOnceWhenADischargePlanningMeetingSetTwiceIsNotHeldBeforeDischarge() {
        // Family T Mar/Apr 2018, §5.47: the strategy meeting and the NNU MDT both set a discharge planning meeting.
        var file = child().add(
                event("S-1", "strategy.meeting", "CSC", "2018-03")
                        .details("{'actions':['legal.planning_meeting','conference.initial','meeting.discharge_planning','family.informed']}"),
                event("A-1", "court.application", "CSC", "2018-04"),
                event("F-1", "family.informed", "CSC", "2018-04"),
                event("M-1", "meeting.mdt", "BHT", "2018-04").details("{'actions':['meeting.discharge_planning']}"),
                event("D-1", "hospital.discharge", "BHT", "2018-04"),
                event("I-1", "conference.initial", "CSC", "2018-04")).file();

        assertThat(findings(file, asOf)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("STRATEGY_ACTION_NOT_DONE");
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.evidence()).containsExactly("S-1", "M-1", "D-1");
            assertThat(f.occurredAt()).isEqualTo("2018-03");
            assertThat(f.explanation()).isEqualTo("The strategy meeting of 2018-03 (S-1, CSC) set a discharge planning "
                    + "meeting as an action, and none was recorded between 2018-03-01 and the hospital discharge of "
                    + "2018-04 (D-1); the meeting mdt of 2018-04 (M-1) set it again.");
        });
    }

    @Test
    void staysSilentWhenTheActionIsDoneInTime() {
        var file = child().add(
                event("S-1", "strategy.discussion", "CSC", "2018-03-05")
                        .details("{'actions':['meeting.discharge_planning','medical.cp_medical']}"),
                event("M-1", "medical.cp_medical", "BHT", "2018-03-06"),
                event("P-1", "meeting.discharge_planning", "BHT", "2018-03-20"),
                event("D-1", "hospital.discharge", "BHT", "2018-03-21")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }

    @Test
    void anActionWithNoDueDateIsDueAfterFifteenWorkingDays() {
        var file = child().add(event("S-1", "strategy.discussion", "CSC", "2018-03-05")
                .details("{'actions':['medical.cp_medical']}")).file();

        assertThat(findings(file, LocalDate.of(2018, 3, 26))).isEmpty();
        assertThat(findings(file, LocalDate.of(2018, 3, 27))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.explanation()).contains("between 2018-03-05 and 2018-03-26, when it was due");
        });
    }

    @Test
    void aStatedDueDateIsReadToTheEndOfItsPeriod() {
        var late = child().add(
                event("C-1", "meeting.core_group", "CSC", "2018-03-05")
                        .details("{'actions':['visit.home'],'actionsDue':'2018-03'}"),
                event("V-1", "visit.home", "CSC", "2018-04-03")).file();
        var inTime = child().add(
                event("C-1", "meeting.core_group", "CSC", "2018-03-05")
                        .details("{'actions':['visit.home'],'actionsDue':'2018-03'}"),
                event("V-1", "visit.home", "CSC", "2018-03-30")).file();

        assertThat(findings(late, asOf)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("2018-03-31, when it was due"));
        assertThat(findings(inTime, asOf)).isEmpty();
    }

    @Test
    void aDischargePlanningMeetingIsNotDueWhileTheChildIsStillInHospital() {
        var file = child().add(event("S-1", "strategy.meeting", "CSC", "2018-03-05")
                .details("{'actions':['meeting.discharge_planning']}")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }
}
