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

class PrebirthAssessmentMissingOrLateTest {

    private final PrebirthAssessmentMissingOrLate rule = new PrebirthAssessmentMissingOrLate();
    private final LocalDate asOf = LocalDate.of(2019, 12, 31);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file().asOf(asOf), asOf, Parameters.defaults(rule));
    }

    /** Unborn U1, expected on 2018-06-01: 32 weeks of gestation fall on 2018-04-06. */
    private static TestCase unborn() {
        return child("U1").add(event("P-U1", "person.recorded", "CSC", "2017-10").children("U1")
                .details("{'expectedDelivery':'2018-06-01'}"));
    }

    private static TestCase.Event referral(String date) {
        return event("R-1", "referral.made", "MW", date).children("U1").details("{'referredTo':'MASH'}");
    }

    private static TestCase.Event completed(String date) {
        return event("A-1", "assessment.completed", "CSC", date).children("U1").details("{'kind':'pre_birth'}");
    }

    @Test
    void givenAnUnbornReferralAndNoAssessmentBy32Weeks_thenItFiresOnTheReferral() {
        assertThat(evaluate(unborn().add(referral("2017-12-04"), completed("2018-05-10")), asOf)).singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("PREBIRTH_ASSESSMENT_MISSING_OR_LATE");
                    assertThat(f.evidence()).containsExactly("R-1", "A-1");
                    assertThat(f.explanation()).isEqualTo("The lead agency knew of the unborn child from 2017-12-04 "
                            + "but completed no assessment between 2017-12-04 and 32 weeks of gestation (2018-04-06); "
                            + "the first completed is dated 2018-05-10.");
                });
    }

    @Test
    void givenAnAssessmentCompletedBy32Weeks_thenSilent() {
        assertThat(evaluate(unborn().add(referral("2017-12-04"), completed("2018-03-01")), asOf)).isEmpty();
    }

    @Test
    void givenAReferralAfter32Weeks_thenTheAssessmentIsDueByTheBirth() {
        var file = unborn().add(referral("2018-04-16"));

        assertThat(evaluate(file, LocalDate.of(2018, 6, 1))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 6, 2))).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("the birth (2018-06-01)"));
    }

    @Test
    void givenAMonthPreciseAssessmentThatMayBeInTime_thenSilent() {
        assertThat(evaluate(unborn().add(referral("2017-12-04"), completed("2018-04")), asOf)).isEmpty();
    }

    @Test
    void givenASpecialistAssessmentStartedAMonthBeforeTheDueDate_thenItFiresOnIt() {
        assertThat(evaluate(unborn().add(referral("2017-12-04"), completed("2018-02-01"),
                event("S-1", "assessment.started", "CAMHS", "2018-05-07").children("U1")
                        .details("{'kind':'specialist_psychological'}")), asOf)).singleElement()
                .satisfies(f -> {
                    assertThat(f.evidence()).containsExactly("S-1");
                    assertThat(f.explanation()).startsWith("The specialist psychological assessment started on "
                            + "2018-05-07, less than 28 days before the expected date of delivery (2018-06-01)");
                });
    }

    @Test
    void givenNoExpectedOrBirthDate_thenSilent() {
        assertThat(evaluate(child("U1").add(referral("2017-12-04")), asOf)).isEmpty();
    }
}
