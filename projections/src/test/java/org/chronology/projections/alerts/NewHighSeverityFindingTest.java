package org.chronology.projections.alerts;

import org.chronology.projections.gaps.GapEngine;
import org.chronology.projections.gaps.TestCase;
import org.chronology.projections.gaps.rules.PlanBelowLegalStatus;
import org.chronology.projections.gaps.rules.RecordingDelay;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.projections.alerts.Judging.judge;
import static org.chronology.projections.gaps.TestCase.child;
import static org.chronology.projections.gaps.TestCase.event;

/** NEW_HIGH_SEVERITY_FINDING: the new entry makes a gap rule find a high-severity gap it did not find before. */
class NewHighSeverityFindingTest {

    private final NewHighSeverityFinding rule = new NewHighSeverityFinding(
            new GapEngine(List.of(new PlanBelowLegalStatus(), new RecordingDelay()), Map.of()));

    private static TestCase.Event order() {
        return event("O-1", "court.order", "COURT", "2026-03-02").details("{'order':'iso','durationMonths':6}");
    }

    private static TestCase.Event conference(String outcome) {
        return event("C-1", "conference.initial", "CSC", "2026-03-09").details("{'outcome':'" + outcome + "'}");
    }

    @Test
    void givenAnInterimOrder_whenAConferenceDecidesChildInNeed_thenAlertsNamingTheGapRule() {
        assertThat(judge(rule, child().add(order(), conference("cin")), "C-1")).containsExactly(
                new AlertSignal("NEW_HIGH_SEVERITY_FINDING", "PLAN_BELOW_LEGAL_STATUS", TestCase.CHILD, "C-1"));
    }

    @Test
    void givenTheConferenceDecidedAPlan_thenSilent() {
        assertThat(judge(rule, child().add(order(), conference("cp_plan")), "C-1")).isEmpty();
    }

    @Test
    void givenAFindingOfLowerSeverityOnly_thenSilent() {
        assertThat(judge(rule, child().add(event("A-1", "assessment.completed", "CSC", "2026-03-09")
                .recordedAt("2026-06-01")), "A-1")).isEmpty();
    }

    @Test
    void givenAHighFindingTheNewEntryDoesNotCite_thenSilent() {
        assertThat(judge(rule, child().add(order(), conference("cin"),
                event("V-1", "visit.home", "CSC", "2026-03-09")), "V-1")).isEmpty();
    }
}
