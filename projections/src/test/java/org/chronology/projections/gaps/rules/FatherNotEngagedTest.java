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
 * FATHER_NOT_ENGAGED: the child's father or male carer is involved (seen, contacted, checked, assessed, invited or
 * told) in the 90 days up to each assessment, conference or plan; and he is identified at all.
 */
class FatherNotEngagedTest {

    private final FatherNotEngaged rule = new FatherNotEngaged();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event father(String id) {
        return event("R-" + id, "relationship.recorded", "CSC", "2017-09-01").adults(id)
                .details("{'person':'" + id + "','relationship':'father','of':'C1'}");
    }

    private static TestCase.Event assessment(String id, String date) {
        return event(id, "assessment.completed", "CSC", date).details("{'kind':'child_and_family'}");
    }

    @Test
    void givenAnAssessmentAndAConferenceWithoutTheFather_thenOneFindingAtTheFirst() {
        List<Finding> findings = evaluate(child().add(father("F1"),
                event("V-1", "visit.home", "CSC", "2017-11-20").adults("M1"),
                assessment("A-1", "2017-12"), event("C-1", "conference.initial", "CSC", "2018-04-10")
                        .details("{'parentsAttended':['M1']}")));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("FATHER_NOT_ENGAGED");
            assertThat(f.severity().code()).isEqualTo("medium");
            assertThat(f.occurredAt()).isEqualTo("2017-12");
            assertThat(f.evidence()).containsExactly("A-1", "C-1");
            assertThat(f.explanation()).contains("F1", "from 2017-09-02 to 2018-04-10");
        });
    }

    @Test
    void givenTheFatherSeenOrInvited_thenSilent() {
        assertThat(evaluate(child().add(father("F1"), event("V-1", "visit.home", "CSC", "2017-11-20").adults("F1"),
                assessment("A-1", "2017-12-01")))).isEmpty();
        assertThat(evaluate(child().add(father("F1"), event("C-1", "conference.initial", "CSC", "2018-04-10")
                .details("{'parentsAttended':['F1']}")))).isEmpty();
        assertThat(evaluate(child().add(father("F1"), event("K-1", "checks.completed", "CSC", "2017-11-01")
                .details("{'subject':'F1','result':'known'}"), assessment("A-1", "2017-12-01")))).isEmpty();
    }

    @Test
    void givenTheFatherInvolvedOnlyLongBefore_thenFires() {
        assertThat(evaluate(child().add(father("F1"), event("V-1", "visit.home", "CSC", "2017-01-20").adults("F1"),
                assessment("A-1", "2017-12-01")))).hasSize(1);
    }

    @Test
    void givenTheMothersPartner_thenHeIsAMaleCarer() {
        assertThat(evaluate(child().add(
                event("R-1", "relationship.recorded", "CSC", "2017-09-01").adults("M1")
                        .details("{'person':'M1','relationship':'mother','of':'C1'}"),
                event("R-2", "relationship.recorded", "CSC", "2017-09-01").adults("M1", "P1")
                        .details("{'person':'P1','relationship':'partner_of_parent','of':'M1'}"),
                assessment("A-1", "2017-12-01")))).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("P1"));
    }

    @Test
    void givenNoFatherOrMaleCarerRecorded_thenOneFindingThatHeWasNotIdentified() {
        assertThat(evaluate(child().add(assessment("A-1", "2017-12-01"),
                event("P-1", "cin_plan.started", "CSC", "2018-01-10")))).singleElement().satisfies(f -> {
                    assertThat(f.evidence()).containsExactly("A-1", "P-1");
                    assertThat(f.explanation()).startsWith("No father or male carer of the child is recorded");
                });
    }

    @Test
    void givenInvolvementBetweenPiecesOfWork_thenEachRunIsItsOwnFinding() {
        assertThat(evaluate(child().add(father("F1"), assessment("A-1", "2017-12-01"),
                event("V-1", "contact.remote", "CSC", "2018-02-01").adults("F1"),
                event("C-1", "conference.initial", "CSC", "2018-03-01"),
                event("C-2", "conference.review", "CSC", "2018-09-01")))).extracting(Finding::evidence)
                .containsExactly(List.of("A-1"), List.of("C-2"));
    }

    @Test
    void givenAMonthPrecisionContact_thenItCountsIfItMayFallInTheWindow() {
        assertThat(evaluate(child().add(father("F1"), event("V-1", "visit.home", "CSC", "2017-09").adults("F1"),
                assessment("A-1", "2017-12-01")))).isEmpty();
        assertThat(evaluate(child().add(father("F1"), event("V-1", "visit.home", "CSC", "2017-08").adults("F1"),
                assessment("A-1", "2017-12-01")))).hasSize(1);
    }

    @Test
    void givenNoAssessmentConferenceOrPlan_thenSilent() {
        assertThat(evaluate(child().add(father("F1"), event("V-1", "visit.home", "CSC", "2017-11-20")))).isEmpty();
    }
}
