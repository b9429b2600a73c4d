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

/** NAI_S47_NOT_INITIATED: a suspected non-accidental injury is followed by a section 47 enquiry within N (1 wd). */
class NaiS47NotInitiatedTest {

    private final NaiS47NotInitiated rule = new NaiS47NotInitiated();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event nai(String id, String date) {
        return event(id, "hospital.ed_attendance", "ED", date).details("{'suspectedNAI':true}");
    }

    @Test
    void givenSuspectedNaiAndAnEnquiryFourDaysLater_thenOneHighFindingAtTheSuspicion() {
        List<Finding> findings = evaluate(child().add(event("R-1", "referral.made", "CSC", "2018-02-01"),
                nai("E-1", "2018-05-14"), event("S-1", "s47.started", "CSC", "2018-05-18")), asOf);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NAI_S47_NOT_INITIATED");
            assertThat(f.severity().code()).isEqualTo("high");
            assertThat(f.evidence()).containsExactly("E-1", "S-1");
            assertThat(f.agencies()).containsExactly("ED", "CSC");
            assertThat(f.explanation()).contains("between 2018-05-14 and 2018-05-15", "2018-05-18");
        });
    }

    @Test
    void givenAnEnquiryInTime_thenSilent() {
        assertThat(evaluate(child().add(nai("E-1", "2018-05-14"), event("S-1", "s47.started", "CSC", "2018-05-15")),
                asOf)).isEmpty();
    }

    @Test
    void givenAnEnquiryForTheHouseholdOrAStrategyDecision_thenSilent() {
        assertThat(evaluate(child().add(nai("E-1", "2018-05-14"),
                event("S-1", "s47.started", "CSC", "2018-05-14").children("C2").adults("M1")), asOf)).isEmpty();
        assertThat(evaluate(child().add(nai("E-1", "2018-05-14"),
                event("S-1", "strategy.discussion", "CSC", "2018-05-14").details("{'decision':'joint_s47'}")),
                asOf)).isEmpty();
        assertThat(evaluate(child().add(nai("E-1", "2018-05-14"), event("S-1", "s47.concluded", "CSC", "2018-06-20")),
                asOf)).isEmpty();
    }

    @Test
    void givenAStrategyDecisionOtherThanAnEnquiry_thenFires() {
        assertThat(evaluate(child().add(nai("E-1", "2018-05-14"),
                event("S-1", "strategy.discussion", "CSC", "2018-05-14").details("{'decision':'assessment'}")),
                asOf)).hasSize(1);
        // A strategy discussion whose decision is not stated may have started one.
        assertThat(evaluate(child().add(nai("E-1", "2018-05-14"), event("S-1", "strategy.discussion", "CSC", "2018-05-14")),
                asOf)).isEmpty();
    }

    @Test
    void givenAnEnquiryAlreadyOpen_thenSilent() {
        assertThat(evaluate(child().add(event("S-1", "s47.started", "CSC", "2018-05-01"), nai("E-1", "2018-05-14")),
                asOf)).isEmpty();
    }

    @Test
    void givenBruisingInANonMobileChild_thenItIsASuspicion() {
        assertThat(evaluate(child().add(event("I-1", "injury.observed", "HV", "2018-05-14")
                .details("{'childMobile':false}")), asOf)).hasSize(1);
        assertThat(evaluate(child().add(event("I-1", "injury.observed", "HV", "2018-05-14")
                .details("{'childMobile':false,'suspectedNAI':false}")), asOf)).isEmpty();
    }

    @Test
    void givenAMonthPrecisionSuspicion_thenTheDeadlineRunsFromTheMonthsLastDay() {
        // Suspected in May 2018: an enquiry is due by 1 June, one working day after 31 May.
        var file = child().add(nai("E-1", "2018-05"));
        assertThat(evaluate(file, LocalDate.of(2018, 6, 1))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 6, 2))).hasSize(1);
        assertThat(evaluate(child().add(nai("E-1", "2018-05"), event("S-1", "s47.started", "CSC", "2018-06-01")), asOf))
                .isEmpty();
    }

    @Test
    void givenTheDeadlineHasNotPassed_thenSilent() {
        var file = child().add(nai("E-1", "2018-05-14"));

        assertThat(evaluate(file, LocalDate.of(2018, 5, 15))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 5, 16))).hasSize(1);
    }

    @Test
    void givenSuspicionsOfOneEpisode_thenOneFinding() {
        assertThat(evaluate(child().add(nai("E-1", "2018-05-14"),
                event("I-1", "injury.diagnosed", "BHT", "2018-05-20").details("{'suspectedNAI':true}")), asOf))
                .singleElement().satisfies(f -> {
                    assertThat(f.evidence()).containsExactly("E-1", "I-1");
                    assertThat(f.agencies()).containsExactly("ED", "BHT");
                });
    }

    @Test
    void givenInjuriesNotSuspectedOrOfAnotherChild_thenSilent() {
        assertThat(evaluate(child().add(event("E-1", "injury.observed", "HV", "2018-05-14"),
                nai("E-2", "2018-05-14").children("C2")), asOf)).isEmpty();
    }
}
