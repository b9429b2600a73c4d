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
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
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
            assertThat(f.explanation()).contains("2018-03-05", "1 working day", "2018-03-12");
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
            assertThat(f.explanation()).contains("45 working days");
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
    void reliesOnTheAgencysStatementOfDelayWhenDatesAreImprecise() {
        // Child BF: referral and late C&F assessment known only to precede June 2017. The review's "Children's
        // Services / Safeguarding Hub" is entered as the agency code, the only form the API accepts in referredTo.
        List<Finding> findings = evaluate(child().add(
                event("BF-002", "referral.made", "UNSPECIFIED", null).between("2017-06-30", "2017-06-30")
                        .details("{'referredTo':'CSC','unborn':true}"),
                event("BF-003", "assessment.started", "CSC", null).between("2017-06-30", "2017-06-30")
                        .details("{'kind':'child_and_family','delayed':true}")), LocalDate.of(2017, 7, 1));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("BF-002", "BF-003");
            assertThat(f.agencies()).containsExactly("CSC");
            assertThat(f.explanation()).contains("came late");
        });
    }

    @Test
    void aStatedDelayInDaysBeyondTheTimescaleCounts() {
        assertThat(evaluate(child().add(referral("R-1", "2018-03-05"),
                event("S-1", "assessment.started", "CSC", "2018-03-06").details("{'delayDays':20}"),
                event("C-1", "assessment.completed", "CSC", "2018-04-20")), asOf))
                .singleElement().satisfies(f -> assertThat(f.evidence()).containsExactly("R-1", "S-1"));
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
