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

class RereferralPatternTest {

    private final RereferralPattern rule = new RereferralPattern();
    private final LocalDate asOf = LocalDate.of(2019, 6, 1);

    private List<Finding> evaluate(TestCase file) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event referral(String id, String date) {
        return event(id, "referral.made", "HV", date).details("{'referredTo':'MASH'}");
    }

    private static TestCase.Event decision(String id, String date, String decision) {
        return event(id, "referral.decision", "MASH", date).details("{'decision':'" + decision + "'}");
    }

    @Test
    void firesOnThreeReferralsEndingInNoFurtherActionWithinSevenMonths() {
        List<Finding> findings = evaluate(child().add(referral("R-1", "2018-01-10"), decision("D-1", "2018-01-11", "nfa"),
                referral("R-2", "2018-03-05"), decision("D-2", "2018-03-06", "nfa"),
                referral("R-3", "2018-06-01"), decision("D-3", "2018-06-04", "NFA")));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("REREFERRAL_PATTERN");
            assertThat(f.evidence()).containsExactly("R-3", "R-1", "D-1", "R-2", "D-2", "D-3");
            assertThat(f.agencies()).containsExactly("MASH");
            assertThat(f.occurredAt()).isEqualTo("2018-06-01");
            assertThat(f.explanation()).contains("3 referrals", "2018-01-10", "2018-06-01");
        });
    }

    @Test
    void staysSilentWhenAReferralLedToAnAssessment() {
        assertThat(evaluate(child().add(referral("R-1", "2018-01-10"), decision("D-1", "2018-01-11", "nfa"),
                referral("R-2", "2018-03-05"), decision("D-2", "2018-03-06", "assessment"),
                referral("R-3", "2018-06-01"), decision("D-3", "2018-06-04", "nfa")))).isEmpty();
    }

    @Test
    void staysSilentWhenTheReferralsAreSpreadOverMoreThanTheWindow() {
        assertThat(evaluate(child().add(referral("R-1", "2018-01-10"), decision("D-1", "2018-01-11", "nfa"),
                referral("R-2", "2018-03-05"), decision("D-2", "2018-03-06", "nfa"),
                referral("R-3", "2018-08-13"), decision("D-3", "2018-08-14", "nfa")))).isEmpty();
    }

    @Test
    void monthPrecisionReferralsUseTheStartOfTheirMonth() {
        assertThat(evaluate(child().add(referral("R-1", "2018-01"), decision("D-1", "2018-01", "nfa"),
                referral("R-2", "2018-04"), decision("D-2", "2018-04", "nfa"),
                referral("R-3", "2018-08"), decision("D-3", "2018-08", "nfa")))).hasSize(1);
        assertThat(evaluate(child().add(referral("R-1", "2018-01"), decision("D-1", "2018-01", "nfa"),
                referral("R-2", "2018-04"), decision("D-2", "2018-04", "nfa"),
                referral("R-3", "2018-09"), decision("D-3", "2018-09", "nfa")))).isEmpty();
    }

    @Test
    void aReferralWithoutARecordedDecisionDoesNotCount() {
        assertThat(evaluate(child().add(referral("R-1", "2018-01-10"),
                referral("R-2", "2018-03-05"), decision("D-2", "2018-03-06", "nfa"),
                referral("R-3", "2018-06-01"), decision("D-3", "2018-06-04", "nfa")))).isEmpty();
    }

    @Test
    void overlappingWindowsMakeOneFindingPerCluster() {
        List<Finding> findings = evaluate(child().add(referral("R-1", "2018-01-10"), decision("D-1", "2018-01-11", "nfa"),
                referral("R-2", "2018-03-05"), decision("D-2", "2018-03-06", "nfa"),
                referral("R-3", "2018-06-01"), decision("D-3", "2018-06-04", "nfa"),
                referral("R-4", "2018-09-03"), decision("D-4", "2018-09-04", "nfa")));

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.evidence())
                .containsExactly("R-3", "R-1", "D-1", "R-2", "D-2", "D-3", "R-4", "D-4"));
    }

    @Test
    void ignoresReferralsToOtherServices() {
        assertThat(evaluate(child().add(referral("R-1", "2018-01-10"), decision("D-1", "2018-01-11", "nfa"),
                event("R-2", "referral.made", "GP", "2018-03-05").details("{'referredTo':'CAMHS'}"),
                decision("D-2", "2018-03-06", "nfa"),
                referral("R-3", "2018-06-01"), decision("D-3", "2018-06-04", "nfa")))).isEmpty();
    }

    @Test
    void givenAReferralOfASiblingInTheHousehold_thenItCounts() {
        assertThat(evaluate(child().add(referral("R-1", "2018-01-10"), decision("D-1", "2018-01-11", "nfa"),
                referral("R-2", "2018-03-05"), decision("D-2", "2018-03-06", "nfa"),
                referral("R-3", "2018-06-01").children("C2"), decision("D-3", "2018-06-04", "nfa").children("C2"))))
                .hasSize(1);
    }

    @Test
    void givenRepeatReferralsBeforeTheFirstWasDecided_thenTheyAreOneEpisode() {
        assertThat(evaluate(child().add(referral("R-1", "2018-01-10"), referral("R-2", "2018-01-11"),
                referral("R-3", "2018-01-12"), decision("D-1", "2018-01-15", "nfa")))).isEmpty();
    }

    @Test
    void givenAnAssessmentThatEndedInNoFurtherAction_thenTheReferralCounts() {
        assertThat(evaluate(child().add(referral("R-1", "2018-01-10"), decision("D-1", "2018-01-11", "nfa"),
                referral("R-2", "2018-03-05"), event("A-1", "assessment.completed", "CSC", "2018-04-16")
                        .details("{'outcome':'nfa'}"),
                referral("R-3", "2018-06-01"), decision("D-3", "2018-06-04", "signposting")))).hasSize(1);
    }

    @Test
    void thresholdIsConfigurable() {
        var file = child().add(referral("R-1", "2018-01-10"), decision("D-1", "2018-01-11", "nfa"),
                referral("R-2", "2018-03-05"), decision("D-2", "2018-03-06", "nfa")).file();

        assertThat(rule.evaluate(file, asOf, new Parameters(rule.name(), rule.parameters(),
                TestCase.overrides("K", "2")))).hasSize(1);
    }

    @Test
    void givenAnAssessmentThatLedToAChildInNeedPlan_thenTheLaterClosureIsNotNoFurtherAction() {
        assertThat(evaluate(child().add(referral("R-1", "2018-01-10"), decision("D-1", "2018-01-11", "nfa"),
                referral("R-2", "2018-02-05"), event("A-1", "assessment.completed", "CSC", "2018-03-01")
                        .details("{'outcome':'cin'}"), event("X-1", "case.closed", "CSC", "2018-04-02"),
                referral("R-3", "2018-06-01"), decision("D-3", "2018-06-04", "nfa")))).isEmpty();
    }
}
