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

/**
 * DISCHARGE_WITHOUT_PLANNING: a vulnerable baby, or a new mother whose baby is on a plan, leaves hospital after a
 * multi-agency discharge planning meeting in the 7 days before.
 */
class DischargeWithoutPlanningTest {

    private final DischargeWithoutPlanning rule = new DischargeWithoutPlanning();

    private List<Finding> evaluate(TestCase file) {
        return rule.evaluate(file.file(), LocalDate.of(2020, 1, 1), Parameters.defaults(rule));
    }

    private static TestCase.Event admittedAtBirth() {
        return event("B-1", "health.birth", "BHT", "2018-03-01").details("{'gestationWeeks':30,'admittedTo':'NNU'}");
    }

    @Test
    void givenABabyLeavingHospitalAfterAStaySinceBirthWithNoMeeting_thenFires() {
        assertThat(evaluate(child().add(admittedAtBirth(), event("D-1", "hospital.discharge", "BHT", "2018-04-20"))))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("DISCHARGE_WITHOUT_PLANNING");
                    assertThat(f.severity().code()).isEqualTo("high");
                    assertThat(f.evidence()).containsExactly("D-1", "B-1");
                    assertThat(f.explanation()).contains("between 2018-04-13 and 2018-04-20");
                });
    }

    @Test
    void givenAPlanningMeetingInTheWeekBefore_thenSilent() {
        assertThat(evaluate(child().add(admittedAtBirth(),
                event("M-1", "meeting.discharge_planning", "BHT", "2018-04-16"),
                event("D-1", "hospital.discharge", "BHT", "2018-04-20")))).isEmpty();
        assertThat(evaluate(child().add(admittedAtBirth(), event("M-1", "meeting.professionals", "CSC", "2018-04-18")
                        .details("{'attended':['CSC','BHT','HV']}"),
                event("D-1", "hospital.discharge", "BHT", "2018-04-20")))).isEmpty();
    }

    @Test
    void givenAMeetingWithoutTheHospitalOrMoreThanAWeekBefore_thenFires() {
        assertThat(evaluate(child().add(admittedAtBirth(), event("M-1", "meeting.professionals", "CSC", "2018-04-18")
                        .details("{'attended':['CSC','HV']}"),
                event("D-1", "hospital.discharge", "BHT", "2018-04-20")))).hasSize(1);
        assertThat(evaluate(child().add(admittedAtBirth(),
                event("M-1", "meeting.discharge_planning", "BHT", "2018-04-10"),
                event("D-1", "hospital.discharge", "BHT", "2018-04-20")))).hasSize(1);
    }

    @Test
    void givenAMonthPrecisionDischarge_thenAMeetingThatMayFallInTheWeekBeforeCounts() {
        assertThat(evaluate(child().add(admittedAtBirth(),
                event("M-1", "meeting.discharge_planning", "BHT", "2018-03-26"),
                event("D-1", "hospital.discharge", "BHT", "2018-04")))).isEmpty();
        assertThat(evaluate(child().add(admittedAtBirth(),
                event("M-1", "meeting.discharge_planning", "BHT", "2018-03-20"),
                event("D-1", "hospital.discharge", "BHT", "2018-04")))).hasSize(1);
    }

    @Test
    void givenABabyUnderACourtOrder_thenFires() {
        assertThat(evaluate(child().add(event("B-1", "health.birth", "BHT", "2018-03"),
                event("O-1", "court.order", "CSC", "2018-04").actingAgency("COURT")
                        .details("{'order':'iso','durationMonths':6}"),
                event("D-1", "hospital.discharge", "BHT", "2018-04")))).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("under a court order (2018-04)"));
    }

    @Test
    void givenABabyWithNothingRecordedThatMakesItVulnerable_thenSilent() {
        assertThat(evaluate(child().add(event("B-1", "health.birth", "BHT", "2018-03-01"),
                event("D-1", "hospital.discharge", "BHT", "2018-03-03")))).isEmpty();
        // A later admission and discharge is not the stay since birth.
        assertThat(evaluate(child().add(admittedAtBirth(), event("D-1", "hospital.discharge", "BHT", "2018-04-20"),
                event("M-1", "meeting.discharge_planning", "BHT", "2018-04-19"),
                event("A-2", "hospital.admission", "BHT", "2018-09-01"),
                event("D-2", "hospital.discharge", "BHT", "2018-09-03")))).isEmpty();
    }

    @Test
    void givenAnOlderChildOnAPlan_thenSilent() {
        assertThat(evaluate(child().add(event("B-1", "health.birth", "BHT", "2012-01-01"),
                event("P-1", "cp_plan.started", "CSC", "2018-02-01"),
                event("D-1", "hospital.discharge", "BHT", "2018-05-20")))).isEmpty();
    }

    @Test
    void givenABabyOnAPlanUntilThePlanEnds_thenFires() {
        assertThat(evaluate(child().add(event("B-1", "health.birth", "BHT", "2018-01-01"),
                event("P-1", "cin_plan.started", "CSC", "2018-02-01"),
                event("D-1", "hospital.discharge", "BHT", "2018-05-20")))).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly("D-1", "P-1"));
        assertThat(evaluate(child().add(event("B-1", "health.birth", "BHT", "2018-01-01"),
                event("P-1", "cin_plan.started", "CSC", "2018-02-01"),
                event("P-2", "cin_plan.ended", "CSC", "2018-04-01"),
                event("D-1", "hospital.discharge", "BHT", "2018-05-20")))).isEmpty();
    }

    @Test
    void givenADischargeIntoTheLocalAuthoritysCare_thenSilent() {
        assertThat(evaluate(child().add(event("B-1", "health.birth", "BHT", "2018-01-01"),
                event("P-1", "cp_plan.started", "CSC", "2018-02-01"),
                event("D-1", "hospital.discharge", "BHT", "2018-05-20"),
                event("F-1", "placement.started", "CSC", "2018-05-20").details("{'placementType':'foster_care'}"))))
                .isEmpty();
    }

    @Test
    void givenTheMothersDischargeAfterTheBirthWhileTheBabyIsOnAPlan_thenFires() {
        List<Finding> findings = evaluate(child().add(
                event("R-1", "relationship.recorded", "CSC", "2019-01-05").adults("M1")
                        .details("{'person':'M1','relationship':'mother','of':'C1'}"),
                event("P-1", "cin_plan.started", "CSC", "2019-01-10"),
                event("B-1", "health.birth", "BHT", "2019-02-01"),
                event("D-1", "hospital.discharge", "BHT", "2019-02-04").details("{'subject':'M1'}")));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("D-1", "P-1");
            assertThat(f.explanation()).startsWith("The baby's mother was discharged");
        });
    }

    @Test
    void givenSomeoneElsesDischargeOrTheMothersLongAfterTheBirth_thenSilent() {
        assertThat(evaluate(child().add(event("P-1", "cin_plan.started", "CSC", "2019-01-10"),
                event("B-1", "health.birth", "BHT", "2019-02-01"),
                event("D-1", "hospital.discharge", "BHT", "2019-02-04").children("C2")))).isEmpty();
        assertThat(evaluate(child().add(
                event("R-1", "relationship.recorded", "CSC", "2019-01-05").adults("M1")
                        .details("{'person':'M1','relationship':'mother','of':'C1'}"),
                event("P-1", "cin_plan.started", "CSC", "2019-01-10"),
                event("B-1", "health.birth", "BHT", "2019-02-01"),
                event("D-1", "hospital.discharge", "BHT", "2019-06-04").details("{'subject':'M1'}")))).isEmpty();
    }
}
