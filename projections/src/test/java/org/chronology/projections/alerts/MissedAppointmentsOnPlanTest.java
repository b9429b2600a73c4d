package org.chronology.projections.alerts;

import org.chronology.projections.gaps.TestCase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.projections.alerts.Judging.judge;
import static org.chronology.projections.gaps.TestCase.child;
import static org.chronology.projections.gaps.TestCase.event;

/** MISSED_APPOINTMENTS_ON_PLAN: a child on a plan misses a third contact within 90 days; alerts once. */
class MissedAppointmentsOnPlanTest {

    private final MissedAppointmentsOnPlan rule = new MissedAppointmentsOnPlan();

    private static TestCase.Event missed(String id, String date) {
        return event(id, "appointment.missed", "HV", date).details("{'reason':'was_not_brought'}");
    }

    private static TestCase.Event plan() {
        return event("CP-1", "cp_plan.started", "CSC", "2025-10-01");
    }

    @Test
    void givenAChildOnAPlan_whenItMissesAThirdAppointment_thenOneAlert() {
        TestCase file = child().add(plan(), missed("M-1", "2026-01-10"), missed("M-2", "2026-02-10"),
                missed("M-3", "2026-03-09"));
        assertThat(judge(rule, file, "M-3"))
                .containsExactly(new AlertSignal("MISSED_APPOINTMENTS_ON_PLAN", "cp_plan", TestCase.CHILD, "M-3"));
    }

    @Test
    void givenOnlyTheSecondMiss_orAFourth_thenSilent() {
        assertThat(judge(rule, child().add(plan(), missed("M-1", "2026-02-10"), missed("M-3", "2026-03-09")), "M-3"))
                .isEmpty();
        assertThat(judge(rule, child().add(plan(), missed("M-1", "2026-01-10"), missed("M-2", "2026-02-01"),
                missed("M-0", "2026-02-10"), missed("M-3", "2026-03-09")), "M-3")).isEmpty();
    }

    @Test
    void givenOneEntryRecordingThreeUnansweredCalls_thenItCountsAsThree() {
        assertThat(judge(rule, child().add(plan(), event("M-3", "contact.remote", "HV", "2026-03-09")
                .details("{'outcome':'no_answer','count':3}")), "M-3")).hasSize(1);
    }

    @Test
    void givenMissesSpreadBeyondTheWindow_thenSilent() {
        assertThat(judge(rule, child().add(plan(), missed("M-1", "2025-10-10"), missed("M-2", "2026-02-10"),
                missed("M-3", "2026-03-09")), "M-3")).isEmpty();
    }

    @Test
    void givenAChildNotOnAPlan_orCancelledAppointments_thenSilent() {
        assertThat(judge(rule, child().add(missed("M-1", "2026-01-10"), missed("M-2", "2026-02-10"),
                missed("M-3", "2026-03-09")), "M-3")).isEmpty();
        assertThat(judge(rule, child().add(plan(), missed("M-1", "2026-01-10"), missed("M-2", "2026-02-10"),
                event("M-3", "appointment.missed", "HV", "2026-03-09").details("{'reason':'cancelled'}")), "M-3"))
                .isEmpty();
    }
}
