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
 * PARENT_PARTICIPATION_GAP: the child's recorded parents take part in the decisions told to the family, its meetings
 * and hearings, and a conference does not follow a discharge so closely that they cannot prepare.
 */
class ParentParticipationGapTest {

    private final ParentParticipationGap rule = new ParentParticipationGap();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase parents() {
        return child().add(
                event("R-1", "relationship.recorded", "CSC", "2017-09-01").adults("M1")
                        .details("{'person':'M1','relationship':'mother','of':'C1'}"),
                event("R-2", "relationship.recorded", "CSC", "2017-09-01").adults("F1")
                        .details("{'person':'F1','relationship':'father','of':'C1'}"));
    }

    @Test
    void givenADecisionToldToTheMotherOnly_thenFiresNamingTheFather() {
        assertThat(evaluate(parents().add(event("I-1", "family.informed", "CSC", "2018-04")
                .details("{'decision':'mother and baby placement','parentsInformed':['M1']}")))).singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("PARENT_PARTICIPATION_GAP");
                    assertThat(f.evidence()).containsExactly("I-1");
                    assertThat(f.explanation()).contains("parent F1 was not among those of the decision told");
                });
    }

    @Test
    void givenBothParentsOrNoListStated_thenSilent() {
        assertThat(evaluate(parents().add(event("I-1", "family.informed", "CSC", "2018-04")
                .details("{'parentsInformed':['M1','F1']}")))).isEmpty();
        assertThat(evaluate(parents().add(event("I-1", "family.informed", "CSC", "2018-04")))).isEmpty();
    }

    @Test
    void givenAHearingWithoutTheMother_thenFires() {
        assertThat(evaluate(parents().add(event("H-1", "court.hearing", "CSC", "2018-06").actingAgency("COURT")
                .details("{'hearing':'CMH','partiesPresent':['F1']}")))).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("parent M1", "court hearing"));
    }

    @Test
    void givenTheChildIsItselfAParent_thenItsOwnParentsAreNotExpected() {
        assertThat(evaluate(parents().add(event("R-3", "relationship.recorded", "CSC", "2017-09-01").children("C1", "B1")
                        .details("{'person':'C1','relationship':'mother','of':'B1'}"),
                event("I-1", "family.informed", "CSC", "2018-04").details("{'parentsInformed':['C1']}")))).isEmpty();
    }

    @Test
    void givenNoParentRecorded_thenSilent() {
        assertThat(evaluate(child().add(event("I-1", "family.informed", "CSC", "2018-04")
                .details("{'parentsInformed':['M1']}")))).isEmpty();
    }

    @Test
    void givenAConferenceTwoDaysAfterTheDischarge_thenFires() {
        assertThat(evaluate(child().add(event("D-1", "hospital.discharge", "BHT", "2018-04-20"),
                event("C-1", "conference.initial", "CSC", "2018-04-22")))).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly("C-1", "D-1"));
        assertThat(evaluate(child().add(event("D-1", "hospital.discharge", "BHT", "2018-04-20"),
                event("C-1", "conference.initial", "CSC", "2018-04-25")))).isEmpty();
    }

    @Test
    void givenMonthPrecisionDischargeAndConference_thenNotCertainSoSilent() {
        assertThat(evaluate(child().add(event("D-1", "hospital.discharge", "BHT", "2018-04"),
                event("C-1", "conference.initial", "CSC", "2018-04")))).isEmpty();
    }
}
