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

class ReferralToAssessmentDelayTest {

    private final ReferralToAssessmentDelay rule = new ReferralToAssessmentDelay();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file().asOf(asOf), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event referral(String id, String date) {
        return event(id, "referral.made", "BHT", date).details("{'referredTo':'CSC'}");
    }

    @Test
    void firesWhenNoDecisionFollowsWithinOneWorkingDay() {
        List<Finding> findings = evaluate(child().add(referral("R-1", "2018-03-05"),
                event("D-1", "referral.decision", "CSC", "2018-03-12").details("{'decision':'nfa'}")), asOf);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("REFERRAL_TO_ASSESSMENT_DELAY");
            assertThat(f.evidence()).containsExactly("R-1", "D-1");
            assertThat(f.agencies()).containsExactly("CSC");
            assertThat(f.explanation()).isEqualTo("After the referral of 2018-03-05 to CSC, no decision or "
                    + "assessment by the lead agency between 2018-03-05 and 2018-03-06 (the first is the referral "
                    + "decision of 2018-03-12).");
        });
    }

    @Test
    void staysSilentWhenDecidedAndAssessedInTime() {
        assertThat(evaluate(child().add(referral("R-1", "2018-03-05"),
                event("D-1", "referral.decision", "MASH", "2018-03-06").details("{'decision':'assessment'}"),
                event("S-1", "assessment.started", "CSC", "2018-03-06").details("{'kind':'child_and_family'}"),
                event("C-1", "assessment.completed", "CSC", "2018-04-20").details("{'kind':'child_and_family'}")),
                asOf)).isEmpty();
    }

    @Test
    void firesWhenTheAssessmentIsNotCompletedWithinFortyFiveWorkingDays() {
        var file = child().add(referral("R-1", "2018-03-05"),
                event("S-1", "assessment.started", "CSC", "2018-03-06"),
                event("C-1", "assessment.completed", "CSC", "2018-07-20"));
        // 45 working days from 5 March 2018 (Easter and 7 May excluded) is 10 May 2018.
        assertThat(evaluate(file, LocalDate.of(2018, 5, 10))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 5, 11))).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("R-1", "S-1");
            assertThat(f.explanation()).contains("no assessment completed between 2018-03-05 and 2018-05-10");
        });
    }

    @Test
    void expectsNoAssessmentAfterADecisionOfNoFurtherAction() {
        assertThat(evaluate(child().add(referral("R-1", "2018-03-05"),
                event("D-1", "referral.decision", "MASH", "2018-03-05").details("{'decision':'nfa'}")), asOf))
                .isEmpty();
    }

    @Test
    void aCompletedAssessmentWithNoRecordedStartLeavesTheDecisionDateUnknown() {
        assertThat(evaluate(child().add(event("R-1", "referral.made", "CSC", "2017-11")
                        .details("{'referredTo':'CSC'}"),
                event("C-1", "assessment.completed", "CSC", "2017-12").details("{'kind':'child_and_family'}")), asOf))
                .isEmpty();
    }

    @Test
    void readsAMonthPrecisionReferralGenerously() {
        // Referred in March 2018: the decision is due 1 working day after 31 March, i.e. 3 April (after Easter Monday).
        var late = child().add(event("R-1", "referral.made", "BHT", "2018-03").details("{'referredTo':'MASH'}"));
        assertThat(evaluate(late, LocalDate.of(2018, 4, 3))).isEmpty();
        assertThat(evaluate(late, LocalDate.of(2018, 4, 4))).hasSize(1);

        assertThat(evaluate(child().add(event("R-1", "referral.made", "BHT", "2018-03")
                        .details("{'referredTo':'MASH'}"),
                event("D-1", "referral.decision", "MASH", "2018-04-03").details("{'decision':'early_help'}")), asOf))
                .isEmpty();
    }

    @Test
    void givenFurtherReferralsWhileTheFirstIsBeingHandled_thenOneFindingForTheEpisode() {
        List<Finding> findings = evaluate(child().add(referral("R-1", "2018-03-05"),
                event("R-2", "referral.made", "POLICE", "2018-03-08").details("{'referredTo':'MASH'}"),
                referral("R-3", "2018-03-12"),
                event("S-1", "assessment.started", "CSC", "2018-03-20"),
                referral("R-4", "2018-04-02"),
                event("C-1", "assessment.completed", "CSC", "2018-07-20").details("{'outcome':'cin'}")), asOf);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.occurredAt()).isEqualTo("2018-03-05");
            assertThat(f.evidence()).containsExactly("R-1", "R-2", "R-3", "R-4", "S-1", "C-1");
            assertThat(f.explanation()).startsWith("After 4 referrals from 2018-03-05 to CSC, MASH, no decision");
        });
    }

    @Test
    void givenAReferralAfterTheCaseWasClosed_thenItIsANewEpisode() {
        List<Finding> findings = evaluate(child().add(referral("R-1", "2018-03-05"),
                event("D-1", "referral.decision", "CSC", "2018-03-06").details("{'decision':'nfa'}"),
                referral("R-2", "2018-06-04")), asOf);

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.evidence()).containsExactly("R-2"));
    }

    @Test
    void ignoresReferralsToOtherServices() {
        assertThat(evaluate(child().add(event("R-1", "referral.made", "MW", "2017-09").details("{'referredTo':'FNP'}"),
                event("R-2", "referral.made", "CSC", "2018-05").details("{'referredTo':'ADDACTION'}")), asOf))
                .isEmpty();
    }

    @Test
    void aReferralRecordedByTheLeadAgencyWithoutRecipientCounts() {
        assertThat(evaluate(child().add(event("R-1", "referral.made", "MASH", "2018-03-05")), asOf))
                .singleElement().satisfies(f -> assertThat(f.agencies()).containsExactly("MASH"));
    }
}
