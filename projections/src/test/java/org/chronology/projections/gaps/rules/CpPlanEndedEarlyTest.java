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

class CpPlanEndedEarlyTest {

    private final CpPlanEndedEarly rule = new CpPlanEndedEarly();
    private final LocalDate asOf = LocalDate.of(2020, 12, 31);

    private List<Finding> evaluate(TestCase file) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    @Test
    void givenAPlanEndedAfterFourMonths_thenItFiresOnTheEnd() {
        assertThat(evaluate(child().add(event("P-1", "cp_plan.started", "CSC", "2019-03-04"),
                event("E-1", "cp_plan.ended", "CSC", "2019-07-01")))).singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("CP_PLAN_ENDED_EARLY");
                    assertThat(f.evidence()).containsExactly("E-1", "P-1");
                    assertThat(f.explanation()).isEqualTo("The child protection plan ended on 2019-07-01 although it "
                            + "had lasted at most 119 days since 2019-03-04 (less than 6 months).");
                });
    }

    @Test
    void givenAPlanOfNineMonthsAndNoReReferral_thenSilent() {
        assertThat(evaluate(child().add(event("P-1", "cp_plan.started", "CSC", "2019-01-07"),
                event("E-1", "cp_plan.ended", "CSC", "2019-10-07")))).isEmpty();
    }

    @Test
    void givenAReReferralWithinSixMonthsOfTheEnd_thenItFires() {
        assertThat(evaluate(child().add(event("P-1", "cp_plan.started", "CSC", "2019-01-07"),
                event("E-1", "cp_plan.ended", "CSC", "2019-10-07"),
                event("R-1", "referral.made", "POLICE", "2020-02-03").details("{'referredTo':'MASH'}"))))
                .singleElement().satisfies(f -> {
                    assertThat(f.evidence()).containsExactly("E-1", "R-1");
                    assertThat(f.explanation()).contains("the referral made of 2020-02-03 came within 6 months");
                });
    }

    @Test
    void givenMonthPreciseDatesThatMayMakeSixMonths_thenSilent() {
        // Started some time in January, ended some time in July: it may have lasted more than six months.
        assertThat(evaluate(child().add(event("P-1", "cp_plan.started", "CSC", "2019-01"),
                event("E-1", "cp_plan.ended", "CSC", "2019-07")))).isEmpty();
        assertThat(evaluate(child().add(event("P-1", "cp_plan.started", "CSC", "2019-01"),
                event("E-1", "cp_plan.ended", "CSC", "2019-06")))).hasSize(1);
    }

    @Test
    void givenThePlanEndedBecauseTheChildBecameLookedAfter_thenSilent() {
        assertThat(evaluate(child().add(event("P-1", "cp_plan.started", "CSC", "2019-03-04"),
                event("A-1", "child.accommodated", "CSC", "2019-04-01").details("{'legalBasis':'ico'}"),
                event("E-1", "cp_plan.ended", "CSC", "2019-04-15")))).isEmpty();
    }

    @Test
    void givenAPlanDecidedByTheConference_thenItRunsFromTheConference() {
        assertThat(evaluate(child().add(
                event("C-1", "conference.initial", "CSC", "2019-03-04").details("{'outcome':'cp_plan'}"),
                event("P-1", "cp_plan.started", "CSC", "2019-03-20"),
                event("E-1", "cp_plan.ended", "CSC", "2019-07-01")))).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly("E-1", "C-1"));
    }
}
