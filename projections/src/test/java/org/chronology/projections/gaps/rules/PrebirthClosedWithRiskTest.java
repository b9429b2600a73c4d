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

class PrebirthClosedWithRiskTest {

    private final PrebirthClosedWithRisk rule = new PrebirthClosedWithRisk();
    private final LocalDate asOf = LocalDate.of(2019, 12, 31);

    private List<Finding> evaluate(TestCase file) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    /** Twins' shape: U1 born March 2018; its mother M1 born in 2000 and looked after. */
    private static TestCase family(String motherBorn) {
        return child("U1").add(
                event("P-U1", "person.recorded", "CSC", "2018-03").children("U1").details("{'dateOfBirth':'2018-03'}"),
                event("P-M1", "person.recorded", "CSC", "2017-09").children("M1").details("{'dateOfBirth':'" + motherBorn + "'}"),
                event("R-M1", "relationship.recorded", "CSC", "2017-09").children("U1", "M1")
                        .details("{'person':'M1','relationship':'mother','of':'U1'}"),
                event("R-1", "referral.made", "CSC", "2017-11").children("U1", "M1").details("{'referredTo':'CSC'}"),
                event("A-1", "assessment.completed", "CSC", "2017-12").children("U1", "M1")
                        .details("{'kind':'child_and_family','outcome':'nfa'}"));
    }

    private static TestCase.Event closure() {
        return event("C-1", "case.closed", "CSC", "2017-12").children("U1");
    }

    @Test
    void givenAnUnder18LookedAfterMother_whenThePreBirthCaseIsClosed_thenItFiresOnTheClosure() {
        assertThat(evaluate(family("2000").add(event("L-1", "lac.review", "IRO", "2017-11").children("M1"), closure())))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("PREBIRTH_CLOSED_WITH_RISK");
                    assertThat(f.evidence()).containsExactly("C-1", "A-1", "L-1");
                    assertThat(f.explanation()).isEqualTo("CSC closed the case on 2017-12, before the birth, although "
                            + "M1 under 18, M1 looked after (A-1, L-1); no legal planning meeting, pre-proceedings or "
                            + "strategy discussion is recorded by then.");
                });
    }

    @Test
    void givenNoClosureButAnAssessmentOfNoFurtherAction_thenItFiresOnTheAssessment() {
        assertThat(evaluate(family("2000"))).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly("A-1"));
    }

    @Test
    void givenALegalPlanningMeetingBeforeTheClosure_thenSilent() {
        assertThat(evaluate(family("2000").add(event("G-1", "legal.planning_meeting", "CSC", "2017-12-01")
                .children("U1"), closure()))).isEmpty();
    }

    @Test
    void givenAnAdultMotherWithNoMarkers_thenSilent() {
        assertThat(evaluate(family("1990").add(closure()))).isEmpty();
    }

    @Test
    void givenSubstanceMisuseRecordedAboutAnAdultMother_thenItFires() {
        assertThat(evaluate(family("1990").add(event("K-1", "concern.recorded", "K2", "2017-10-02").children()
                .adults("M1").details("{'categories':['substance']}"), closure()))).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("substance misuse recorded"));
    }

    @Test
    void givenAClosureAfterTheBirth_thenSilent() {
        assertThat(evaluate(family("2000").add(event("C-1", "case.closed", "CSC", "2018-04").children("U1"))
                .add(event("A-2", "assessment.completed", "CSC", "2018-04").children("U1")))).hasSize(1)
                .allSatisfy(f -> assertThat(f.evidence()).doesNotContain("C-1"));
    }
}
