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

class UnbornReferralDelayTest {

    private final UnbornReferralDelay rule = new UnbornReferralDelay();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file().asOf(asOf), asOf, Parameters.defaults(rule));
    }

    /** Unborn U1, expected on 2018-03-01; its mother M1 born in 2002 (15 when pregnant). */
    private static TestCase household(String motherBorn) {
        return child("U1").add(
                event("P-U1", "person.recorded", "CSC", "2017-08").children("U1").details("{'expectedDelivery':'2018-03-01'}"),
                event("P-M1", "person.recorded", "CSC", "2017-08").children("M1").details("{'dateOfBirth':'" + motherBorn + "'}"),
                event("R-M1", "relationship.recorded", "CSC", "2017-08").children("U1", "M1")
                        .details("{'person':'M1','relationship':'mother','of':'U1'}"));
    }

    private static TestCase.Event epu(String date) {
        return event("E-1", "hospital.ed_attendance", "ED", date).children("U1", "M1").details("{'unit':'EPU'}");
    }

    private static TestCase.Event referral(String date) {
        return event("F-1", "referral.made", "ED", date).children("U1", "M1").details("{'referredTo':'MASH'}");
    }

    @Test
    void givenAnUnder18MotherSeenByHealth_whenTheReferralComesAMonthLater_thenItFires() {
        List<Finding> findings = evaluate(household("2002-05-01").add(epu("2017-09-04"), referral("2017-10-09")), asOf);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("UNBORN_REFERRAL_DELAY");
            assertThat(f.evidence()).containsExactly("E-1", "F-1");
            assertThat(f.agencies()).containsExactly("ED");
            assertThat(f.explanation()).isEqualTo("ED knew of the pregnancy on 2017-09-04 (parent M1 is under 18), "
                    + "but the lead agency knew nothing of the unborn child between 2017-09-04 and 2017-09-18; its "
                    + "first entry is the referral made of 2017-10-09.");
        });
    }

    @Test
    void givenAReferralWithinFourteenDays_thenSilent() {
        assertThat(evaluate(household("2002-05-01").add(epu("2017-09-04"), referral("2017-09-15")), asOf)).isEmpty();
    }

    @Test
    void givenAnAdultMotherWithNoHistory_thenSilent() {
        assertThat(evaluate(household("1990-05-01").add(epu("2017-09-04"), referral("2017-10-09")), asOf)).isEmpty();
    }

    @Test
    void givenAnAdultMotherWhoWasLookedAfter_thenItFires() {
        assertThat(evaluate(household("1998-05-01").add(
                event("L-1", "lac.review", "IRO", "2016-01-10").children("M1"),
                epu("2017-09-04"), referral("2017-10-09")), asOf)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly("E-1", "F-1", "L-1"));
    }

    @Test
    void givenTheLeadAgencyAlreadyInvolvedWithTheUnbornChild_thenSilent() {
        assertThat(evaluate(household("2002-05-01").add(
                event("A-1", "assessment.started", "CSC", "2017-08-20").children("U1", "M1"),
                epu("2017-09-04")), asOf)).isEmpty();
    }

    @Test
    void givenAMonthPreciseHealthEntry_thenTheFourteenDaysRunFromTheMonthsEnd() {
        var file = household("2002-05-01").add(epu("2017-09"), referral("2017-10-12"));

        assertThat(evaluate(file, asOf)).isEmpty();
        assertThat(evaluate(household("2002-05-01").add(epu("2017-09")), LocalDate.of(2017, 10, 14))).isEmpty();
        assertThat(evaluate(household("2002-05-01").add(epu("2017-09")), LocalDate.of(2017, 10, 15))).hasSize(1);
    }

    @Test
    void givenOnlyAGestationOnTheHealthEntry_thenThatDatesThePregnancy() {
        // No expected date recorded: the pregnancy confirmed at 10 weeks makes every later entry before birth.
        var file = child("U1").add(
                event("P-M1", "person.recorded", "CSC", "2017-08").children("M1").details("{'dateOfBirth':'2002'}"),
                event("C-1", "health.pregnancy_confirmed", "MW", "2017-09-04").children("U1", "M1")
                        .details("{'subject':'M1','gestationWeeks':10}"),
                referral("2017-10-09"));

        assertThat(evaluate(file, asOf)).singleElement().satisfies(f -> assertThat(f.evidence()).containsExactly("C-1", "F-1"));
    }

    @Test
    void givenThePregnancyConfirmedOnlyOnTheMothersOwnRecord_thenThatIsWhenHealthKnew() {
        assertThat(evaluate(household("2002-05-01").add(
                event("C-1", "health.pregnancy_confirmed", "MW", "2017-09-04").children("M1")
                        .details("{'subject':'M1'}"), referral("2017-10-09")), asOf)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly("C-1", "F-1"));
    }
}
