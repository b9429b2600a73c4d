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
 * HOUSEHOLD_CHANGE_UNASSESSED: when someone joins the household of a child known to children's social care, checks on
 * them and an update of the child's assessment follow within 10 working days.
 */
class HouseholdChangeUnassessedTest {

    private final HouseholdChangeUnassessed rule = new HouseholdChangeUnassessed();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event open() {
        return event("O-1", "cin_plan.started", "CSC", "2018-03-01");
    }

    private static TestCase.Event joined(String date) {
        return event("H-1", "household.change", "HV", date).adults("P1")
                .details("{'subject':'P1','change':'joined','relationship':'partner_of_parent'}");
    }

    @Test
    void givenAPartnerMovingInAndNothingAfter_thenOneFindingNamingBothGaps() {
        assertThat(evaluate(child().add(open(), joined("2018-04-02")), asOf)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("HOUSEHOLD_CHANGE_UNASSESSED");
            assertThat(f.evidence()).containsExactly("H-1");
            assertThat(f.explanation()).contains("P1 joined", "no agency checks on P1",
                    "no update of the child's assessment", "between 2018-04-02 and 2018-04-16");
        });
    }

    @Test
    void givenChecksButNoAssessmentUpdate_thenFiresForTheUpdateOnly() {
        assertThat(evaluate(child().add(open(), joined("2018-04-02"), event("K-1", "checks.completed", "CSC",
                "2018-04-05").details("{'subject':'P1','result':'not_known'}")), asOf)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).doesNotContain("checks on"));
    }

    @Test
    void givenChecksAndAnAssessmentInTime_thenSilent() {
        assertThat(evaluate(child().add(open(), joined("2018-04-02"),
                event("K-1", "checks.completed", "CSC", "2018-04-05").adults("P1"),
                event("A-1", "assessment.started", "CSC", "2018-04-10").details("{'kind':'child_and_family'}")), asOf))
                .isEmpty();
    }

    @Test
    void givenSomeoneLeavingOrNoLeadAgencyInvolvement_thenSilent() {
        assertThat(evaluate(child().add(open(), event("H-1", "household.change", "HV", "2018-04-02")
                .details("{'subject':'P1','change':'left'}")), asOf)).isEmpty();
        assertThat(evaluate(child().add(joined("2018-04-02")), asOf)).isEmpty();
    }

    @Test
    void givenAMonthPrecisionChange_thenTheWindowRunsFromTheMonthsLastDay() {
        assertThat(evaluate(child().add(open(), joined("2018-04"),
                event("K-1", "checks.completed", "CSC", "2018-05-10").adults("P1"),
                event("A-1", "assessment.started", "CSC", "2018-05-11")), asOf)).isEmpty();
        var file = child().add(open(), joined("2018-04"));
        assertThat(evaluate(file, LocalDate.of(2018, 5, 15))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 5, 16))).hasSize(1);
    }
}
