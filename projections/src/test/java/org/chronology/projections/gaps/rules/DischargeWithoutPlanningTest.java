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

class DischargeWithoutPlanningTest {

    private final DischargeWithoutPlanning rule = new DischargeWithoutPlanning();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event nnuBirth() {
        return event("B-1", "health.birth", "BHT", "2018-03-01").details("{'gestationWeeks':30,'admittedTo':'NNU'}");
    }

    @Test
    void firesWhenABabyLeavesTheNeonatalUnitWithoutAPlanningMeeting() {
        List<Finding> findings = evaluate(child().add(nnuBirth(),
                event("D-1", "hospital.discharge", "BHT", "2018-04-20")));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("DISCHARGE_WITHOUT_PLANNING");
            assertThat(f.evidence()).containsExactly("D-1");
            assertThat(f.agencies()).containsExactly("BHT");
            assertThat(f.explanation()).contains("neonatal", "2018-04-20", "7 days");
        });
    }

    @Test
    void staysSilentWhenAPlanningMeetingIsHeldInTheWeekBefore() {
        assertThat(evaluate(child().add(nnuBirth(), event("M-1", "meeting.discharge_planning", "CSC", "2018-04-16"),
                event("D-1", "hospital.discharge", "BHT", "2018-04-20")))).isEmpty();
        assertThat(evaluate(child().add(nnuBirth(), event("M-1", "strategy.meeting", "CSC", "2018-04-18")
                        .details("{'purpose':'plan for discharge home'}"),
                event("D-1", "hospital.discharge", "BHT", "2018-04-20")))).isEmpty();
        assertThat(evaluate(child().add(nnuBirth(), event("D-1", "hospital.discharge", "BHT", "2018-04-20")
                .details("{'planningMeetingHeld':true}")))).isEmpty();
    }

    @Test
    void aMeetingMoreThanAWeekBeforeDoesNotCount() {
        assertThat(evaluate(child().add(nnuBirth(), event("M-1", "meeting.discharge_planning", "CSC", "2018-04-10"),
                event("D-1", "hospital.discharge", "BHT", "2018-04-20")))).hasSize(1);
    }

    @Test
    void readsAMonthPrecisionDischargeGenerously() {
        // Discharged in April 2018: a meeting on 26 March may have been within 7 days before it.
        assertThat(evaluate(child().add(nnuBirth(), event("M-1", "meeting.discharge_planning", "CSC", "2018-03-26"),
                event("D-1", "hospital.discharge", "BHT", "2018-04")))).isEmpty();
        assertThat(evaluate(child().add(nnuBirth(), event("M-1", "meeting.discharge_planning", "CSC", "2018-03-20"),
                event("D-1", "hospital.discharge", "BHT", "2018-04")))).hasSize(1);
    }

    @Test
    void familyTShapeFiresOnTheStatedAbsenceOfAMeeting() {
        List<Finding> findings = evaluate(child().add(nnuBirth(),
                event("T-044", "meeting.mdt", "BHT", "2018-04").details("{'service':'NNU'}"),
                event("T-046", "court.order", "COURT", "2018-04").details("{'order':'ISO'}"),
                event("T-047", "hospital.discharge", "BHT", "2018-04")
                        .details("{'dischargeTo':'home (parents)','planningMeetingHeld':false}")));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("T-047");
            assertThat(f.occurredAt()).isEqualTo("2018-04");
            assertThat(f.explanation()).contains("records that no discharge planning meeting was held");
        });
    }

    @Test
    void staysSilentForABabyWithNoVulnerabilityRecorded() {
        assertThat(evaluate(child().add(event("B-1", "health.birth", "BHT", "2018-03-01"),
                event("D-1", "hospital.discharge", "BHT", "2018-03-03").details("{'planningMeetingHeld':false}"))))
                .isEmpty();
        // A neonatal stay in an earlier episode does not make a later discharge vulnerable.
        assertThat(evaluate(child().add(nnuBirth(), event("D-1", "hospital.discharge", "BHT", "2018-04-20")
                        .details("{'planningMeetingHeld':true}"),
                event("A-2", "hospital.admission", "BHT", "2018-09-01"),
                event("D-2", "hospital.discharge", "BHT", "2018-09-03")))).isEmpty();
    }

    @Test
    void firesForAChildOnAChildInNeedPlanUntilThePlanEnds() {
        assertThat(evaluate(child().add(event("P-1", "cin_plan.started", "CSC", "2018-02-01"),
                event("D-1", "hospital.discharge", "BHT", "2018-05-20")))).singleElement()
                .satisfies(f -> {
                    assertThat(f.agencies()).containsExactly("BHT", "CSC");
                    assertThat(f.explanation()).contains("child in need plan");
                });
        assertThat(evaluate(child().add(event("P-1", "cin_plan.started", "CSC", "2018-02-01"),
                event("P-2", "cin_plan.ended", "CSC", "2018-04-01"),
                event("D-1", "hospital.discharge", "BHT", "2018-05-20")))).isEmpty();
    }

    @Test
    void aDischargeIntoLocalAuthorityCareIsTheLeadAgencysPlan() {
        assertThat(evaluate(child().add(event("P-1", "cp_plan.started", "CSC", "2018-02-01"),
                event("D-1", "hospital.discharge", "BHT", "2018-05-20")
                        .details("{'dischargeTo':'LA foster carers'}")))).isEmpty();
    }

    @Test
    void firesForANewMothersDischargeWhileTheBabyIsOnAChildInNeedPlan() {
        List<Finding> findings = evaluate(child().add(
                event("P-1", "cin_plan.started", "CSC", "2019-01-10").details("{'unborn':true}"),
                event("B-1", "health.birth", "BHT", "2019-02-01").children("C1", "C2"),
                event("L-014", "hospital.discharge", "BHT", "2019-02-04").children("M1")
                        .details("{'unit':'maternity ward'}"),
                event("X-1", "hospital.discharge", "BHT", "2019-02-04").children("C2")));
        // C2 (a twin) is not a parent: only the mother's discharge counts.
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("L-014");
            assertThat(f.explanation()).startsWith("A parent");
        });
    }

    @Test
    void ignoresAHouseholdMembersDischargeWhenTheChildHasNoPlan() {
        assertThat(evaluate(child().add(event("B-1", "health.birth", "BHT", "2019-02-01"),
                event("D-1", "hospital.discharge", "BHT", "2019-02-04").children("M1")
                        .details("{'unit':'maternity ward','planningMeetingHeld':false}")))).isEmpty();
    }
}
