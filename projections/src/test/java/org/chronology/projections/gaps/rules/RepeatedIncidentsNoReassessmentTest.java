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
 * REPEATED_INCIDENTS_NO_REASSESSMENT: three police incidents in the household within 270 days are followed by an
 * assessment update or a notice to children's social care.
 */
class RepeatedIncidentsNoReassessmentTest {

    private final RepeatedIncidentsNoReassessment rule = new RepeatedIncidentsNoReassessment();
    private final LocalDate asOf = LocalDate.of(2019, 6, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event incident(String id, String date) {
        return event(id, "police.incident", "POLICE", date).adults("F1").details("{'kind':'assault'}");
    }

    @Test
    void givenThreeIncidentsAndNothingAfter_thenOneFindingAtTheThird() {
        assertThat(evaluate(child().add(incident("P-1", "2017-10"), incident("P-2", "2018-02"),
                incident("P-3", "2018-05"), incident("P-4", "2018-06-20")), asOf)).singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("REPEATED_INCIDENTS_NO_REASSESSMENT");
                    assertThat(f.severity().code()).isEqualTo("medium");
                    assertThat(f.occurredAt()).isEqualTo("2018-05");
                    assertThat(f.evidence()).containsExactly("P-1", "P-2", "P-3", "P-4");
                    assertThat(f.explanation()).contains("between 2017-10 and 2018-06-14");
                });
    }

    @Test
    void givenAnAssessmentNamingTheManOrTheIncidentsPassedToTheLeadAgency_thenSilent() {
        assertThat(evaluate(child().add(incident("P-1", "2017-10-02"), incident("P-2", "2018-02-02"),
                incident("P-3", "2018-05-02"), event("A-1", "assessment.started", "CSC", "2018-05-10")
                        .details("{'participants':['F1']}")), asOf)).isEmpty();
        assertThat(evaluate(child().add(incident("P-1", "2017-10-02"), incident("P-2", "2018-02-02"),
                incident("P-3", "2018-05-02"), event("I-1", "info.shared", "POLICE", "2018-05-03")
                        .details("{'to':['MASH']}")), asOf)).isEmpty();
        assertThat(evaluate(child().add(incident("P-1", "2017-10-02"), incident("P-2", "2018-02-02"),
                incident("P-3", "2018-05-02"), event("I-1", "info.shared", "HV", "2018-05-03")
                        .details("{'to':['CSC'],'eventIds':['P-3']}")), asOf)).isEmpty();
    }

    @Test
    void givenOnlyAnAssessmentThatNeverNamesTheManOfEveryIncident_thenFires() {
        assertThat(evaluate(child().add(incident("P-1", "2017-10-02"), incident("P-2", "2018-02-02"),
                event("A-1", "assessment.completed", "CSC", "2018-03-10").details("{'kind':'child_and_family'}"),
                incident("P-3", "2018-05-02")), asOf)).singleElement()
                .satisfies(f -> {
                    assertThat(f.evidence()).containsExactly("P-1", "P-2", "P-3");
                    assertThat(f.explanation()).contains("no assessment update naming F1, whom every one concerns");
                });
    }

    @Test
    void givenIncidentsInvolvingDifferentPeople_thenAnyAssessmentUpdateAnswers() {
        assertThat(evaluate(child().add(incident("P-1", "2017-10-02"),
                event("P-2", "police.incident", "POLICE", "2018-02-02").adults("M1"), incident("P-3", "2018-05-02"),
                event("A-1", "assessment.completed", "CSC", "2018-05-10")), asOf)).isEmpty();
    }

    @Test
    void givenANoticeToTheLeadAgencyAboutSomethingElse_thenFires() {
        assertThat(evaluate(child().add(incident("P-1", "2017-10-02"), incident("P-2", "2018-02-02"),
                incident("P-3", "2018-05-02"), event("I-1", "info.shared", "HV", "2018-05-03")
                        .adults("F1").details("{'to':['CSC']}")), asOf)).hasSize(1);
    }

    @Test
    void givenIncidentsSpreadBeyondTheWindow_thenSilent() {
        assertThat(evaluate(child().add(incident("P-1", "2017-01-02"), incident("P-2", "2017-08-02"),
                incident("P-3", "2018-02-02")), asOf)).isEmpty();
    }

    @Test
    void givenMonthPrecisionIncidents_thenTheyCountTogetherOnlyWhenCertainlyWithinTheWindow() {
        // October 1 to June 30 is 272 days: these may be more than 270 days apart.
        assertThat(evaluate(child().add(incident("P-1", "2017-10"), incident("P-2", "2018-02"),
                incident("P-3", "2018-06")), asOf)).isEmpty();
    }

    @Test
    void givenTheResponseTimeHasNotPassed_thenSilent() {
        var file = child().add(incident("P-1", "2017-10-02"), incident("P-2", "2018-02-02"),
                incident("P-3", "2018-05-02"));
        assertThat(evaluate(file, LocalDate.of(2018, 5, 16))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 5, 18))).hasSize(1);
    }
}
