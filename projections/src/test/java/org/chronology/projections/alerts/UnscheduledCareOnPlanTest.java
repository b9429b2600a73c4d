package org.chronology.projections.alerts;

import org.chronology.projections.gaps.TestCase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.projections.alerts.Judging.judge;
import static org.chronology.projections.gaps.TestCase.child;
import static org.chronology.projections.gaps.TestCase.event;

/** UNSCHEDULED_CARE_ON_PLAN: a child on a plan, looked after, or unborn with a pre-birth plan attends unscheduled care. */
class UnscheduledCareOnPlanTest {

    private final UnscheduledCareOnPlan rule = new UnscheduledCareOnPlan();

    private static TestCase.Event attendance(String date) {
        return event("ED-1", "hospital.ed_attendance", "BHT", date).details("{'arrival':'self_presented'}");
    }

    /** As a GP out-of-hours service records a consultation: the setting read from the vocabulary's code list. */
    private static TestCase.Event outOfHoursGp(String date) {
        return event("OOH-1", "hospital.ed_attendance", "OOH", date).details("{'setting':'out_of_hours_gp'}");
    }

    @Test
    void givenAChildOnAProtectionPlan_whenItAttendsTheEmergencyDepartment_thenOneAlertNamingThePlan() {
        assertThat(judge(rule, child().add(event("CP-1", "cp_plan.started", "CSC", "2025-11-02"),
                attendance("2026-03-09")), "ED-1"))
                .containsExactly(new AlertSignal("UNSCHEDULED_CARE_ON_PLAN", "cp_plan", TestCase.CHILD, "ED-1"));
    }

    @Test
    void givenThePlanEnded_thenSilent() {
        assertThat(judge(rule, child().add(event("CP-1", "cp_plan.started", "CSC", "2025-01-02"),
                event("CP-2", "cp_plan.ended", "CSC", "2025-09-02"), attendance("2026-03-09")), "ED-1")).isEmpty();
    }

    @Test
    void givenAChildWithNoPlan_thenSilent() {
        assertThat(judge(rule, child().add(event("R-1", "referral.made", "HV", "2025-11-02"),
                attendance("2026-03-09")), "ED-1")).isEmpty();
    }

    @Test
    void givenALookedAfterChild_thenAlertsUntilTheLeadAgencyClosesTheCase() {
        assertThat(judge(rule, child().add(event("LA-1", "child.accommodated", "CSC", "2025-06-01")
                .details("{'legalBasis':'s20'}"), attendance("2026-03-09")), "ED-1"))
                .extracting(AlertSignal::reason).containsExactly("looked_after");
        assertThat(judge(rule, child().add(event("LA-1", "child.accommodated", "CSC", "2025-06-01"),
                event("X-1", "case.closed", "CSC", "2025-12-01"), attendance("2026-03-09")), "ED-1")).isEmpty();
    }

    @Test
    void givenAnUnbornChildWithAPreBirthPlan_whenTheAttendanceNamesIt_thenAlerts() {
        TestCase unborn = child().add(event("P-1", "person.recorded", "MW", "2025-12-01")
                        .details("{'expectedDelivery':'2026-05-01'}"),
                event("CIN-1", "cin_plan.started", "CSC", "2026-01-10"), attendance("2026-03-09").adults("M1"));
        assertThat(judge(rule, unborn, "ED-1")).extracting(AlertSignal::reason).containsExactly("pre_birth_plan");
    }

    @Test
    void givenABornChildOnlyInNeed_thenSilent() {
        assertThat(judge(rule, child().add(event("B-1", "health.birth", "BHT", "2025-05-01"),
                event("CIN-1", "cin_plan.started", "CSC", "2026-01-10"), attendance("2026-03-09")), "ED-1")).isEmpty();
    }

    @Test
    void givenAnAttendanceRecordedLongAfterItHappened_thenLeftToTheGapFindings() {
        assertThat(judge(rule, child().add(event("CP-1", "cp_plan.started", "CSC", "2018-01-02"),
                attendance("2018-03-09")), "ED-1")).isEmpty();
    }

    @Test
    void givenAChildOnAPlan_whenItIsSeenByAnOutOfHoursGp_thenAlerts() {
        assertThat(judge(rule, child().add(event("CP-1", "cp_plan.started", "CSC", "2025-11-02"),
                outOfHoursGp("2026-03-09")), "OOH-1"))
                .containsExactly(new AlertSignal("UNSCHEDULED_CARE_ON_PLAN", "cp_plan", TestCase.CHILD, "OOH-1"));
    }

    @Test
    void givenAChildOnNoPlan_whenItIsSeenByAnOutOfHoursGp_thenSilent() {
        assertThat(judge(rule, child().add(event("R-1", "referral.made", "HV", "2025-11-02"),
                outOfHoursGp("2026-03-09")), "OOH-1")).isEmpty();
    }

    @Test
    void givenALookedAfterChild_whenItAttendsAMinorInjuriesUnit_thenAlerts() {
        assertThat(judge(rule, child().add(event("LA-1", "child.accommodated", "CSC", "2025-06-01"),
                event("MIU-1", "hospital.ed_attendance", "BHT", "2026-03-09")
                        .details("{'setting':'minor_injuries_unit'}")), "MIU-1"))
                .extracting(AlertSignal::reason).containsExactly("looked_after");
    }

    @Test
    void givenAnotherTypeOfEntry_thenSilent() {
        assertThat(judge(rule, child().add(event("CP-1", "cp_plan.started", "CSC", "2025-11-02"),
                event("ED-1", "hospital.admission", "BHT", "2026-03-09")), "ED-1")).isEmpty();
    }
}
