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

class PlanBelowLegalStatusTest {

    private final PlanBelowLegalStatus rule = new PlanBelowLegalStatus();
    private final LocalDate asOf = LocalDate.of(2019, 12, 31);

    private List<Finding> evaluate(TestCase file) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event iso(String id, String date) {
        return event(id, "court.order", "COURT", date).details("{'order':'iso','durationMonths':6}");
    }

    private static TestCase.Event icpc(String id, String date, String outcome) {
        return event(id, "conference.initial", "CSC", date).details("{'outcome':'" + outcome + "'}");
    }

    @Test
    void givenAnInterimSupervisionOrderAndAConferenceDecidingChildInNeed_thenItFiresOnTheConference() {
        assertThat(evaluate(child().add(iso("O-1", "2018-04-10"), icpc("C-1", "2018-04-12", "cin"))))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("PLAN_BELOW_LEGAL_STATUS");
                    assertThat(f.evidence()).containsExactly("C-1", "O-1");
                    assertThat(f.explanation()).isEqualTo("The initial child protection conference of 2018-04-12 "
                            + "decided cin, not a child protection plan, while the child was at home with an interim "
                            + "supervision order (2018-04-10); no child protection plan started in between.");
                });
    }

    @Test
    void givenTheConferenceDecidedAPlan_thenSilent() {
        assertThat(evaluate(child().add(iso("O-1", "2018-04-10"), icpc("C-1", "2018-04-12", "cp_plan")))).isEmpty();
    }

    @Test
    void givenProceedingsIssuedAfterAChildInNeedOutcomeAndNoPlanSince_thenItFires() {
        assertThat(evaluate(child().add(icpc("C-1", "2018-03-01", "cin"),
                event("A-1", "court.application", "CSC", "2018-05-01").details("{'orderSought':'ico'}"))))
                .singleElement().satisfies(f -> assertThat(f.evidence()).containsExactly("C-1", "A-1"));
    }

    @Test
    void givenACaseClosedBeforeProceedings_thenTheOldOutcomeNoLongerHolds() {
        assertThat(evaluate(child().add(icpc("C-1", "2017-03-01", "cin"),
                event("X-1", "case.closed", "CSC", "2017-09-01"),
                event("A-1", "court.application", "CSC", "2018-05-01")))).isEmpty();
    }

    @Test
    void givenTheChildLookedAfterUnderTheOrder_thenSilent() {
        assertThat(evaluate(child().add(event("O-1", "court.order", "COURT", "2018-06-01").details("{'order':'ico'}"),
                event("P-1", "placement.started", "CSC", "2018-06-02").details("{'placementType':'foster_care'}"),
                event("R-1", "conference.review", "CSC", "2018-07-01").details("{'outcome':'cp_plan_ended'}"))))
                .isEmpty();
    }

    @Test
    void givenOrderAndConferenceInTheSameMonth_thenTheyAreConcurrentWhicheverCameFirst() {
        assertThat(evaluate(child().add(icpc("C-1", "2018-04", "cin"), iso("O-1", "2018-04"),
                event("A-1", "court.application", "CSC", "2018-04").details("{'orderSought':'ico'}"))))
                .singleElement().satisfies(f -> assertThat(f.evidence()).containsExactly("C-1", "O-1"));
    }
}
