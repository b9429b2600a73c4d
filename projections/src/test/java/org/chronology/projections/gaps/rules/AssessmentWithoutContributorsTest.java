package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.Parameters;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.projections.gaps.TestCase.child;
import static org.chronology.projections.gaps.TestCase.event;

class AssessmentWithoutContributorsTest {

    private final AssessmentWithoutContributors rule = new AssessmentWithoutContributors();
    private final LocalDate asOf = LocalDate.of(2020, 1, 1);

    private List<Finding> findings(CaseFile file) {
        return rule.evaluate(file, asOf, Parameters.defaults(rule));
    }

    @Test
    void firesForActivePartnersThatDidNotContribute() {
        // Family T §5.14: CAMHS, FNP and the Support Worker were not involved in the pre-birth C&F assessment.
        var file = child().add(
                event("K-1", "concern.recorded", "K2", "2017-09-15"),
                event("F-1", "contact.in_person", "FNP", "2017-10-10"),
                event("C-1", "appointment.attended", "CAMHS", "2017-11-06"),
                event("A-1", "assessment.completed", "CSC", "2017-12")
                        .details("{'kind':'child_and_family','contributors':['CSC']}")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ASSESSMENT_WITHOUT_CONTRIBUTORS");
            assertThat(f.agencies()).containsExactly("K2", "FNP", "CAMHS");
            assertThat(f.evidence()).containsExactly("A-1", "K-1", "F-1", "C-1");
            assertThat(f.occurredAt()).isEqualTo("2017-12");
            assertThat(f.explanation()).startsWith("The child and family assessment completed on 2017-12 (A-1, CSC) "
                    + "had no contribution from K2 (involved in the 90 days before: K-1 2017-09-15)");
            assertThat(f.explanation()).contains("none is among its contributors (CSC)",
                    "between 2017-09-02 and 2017-12-31");
        });
    }

    @Test
    void staysSilentWhenPartnersContributedOrWereAsked() {
        var file = child().add(
                event("K-1", "concern.recorded", "K2", "2018-01-10"),
                event("F-1", "contact.in_person", "FNP", "2018-01-12"),
                event("C-1", "appointment.attended", "CAMHS", "2018-01-15"),
                event("H-1", "visit.home", "HV", "2018-01-16"),
                event("S-1", "assessment.started", "CSC", "2018-02-01").details("{'kind':'child_and_family'}"),
                event("Q-1", "info.requested", "CSC", "2018-02-05").details("{'to':['CAMHS']}"),
                event("I-1", "info.shared", "FNP", "2018-02-06").details("{'to':['CSC']}"),
                event("M-1", "meeting.professionals", "HV", "2018-02-07").details("{'attended':['HV','CSC']}"),
                event("A-1", "assessment.completed", "CSC", "2018-03-01")
                        .details("{'kind':'child_and_family','contributors':['K2']}")).file();

        assertThat(findings(file)).isEmpty();
    }

    @Test
    void informationBeforeTheAssessmentStartedIsNotAContribution() {
        var file = child().add(
                event("I-1", "info.shared", "FNP", "2018-01-08").details("{'to':['CSC']}"),
                event("S-1", "assessment.started", "CSC", "2018-02-01").details("{'kind':'pre_birth'}"),
                event("A-1", "assessment.completed", "CSC", "2018-03-01").details("{'kind':'pre_birth'}")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.agencies()).containsExactly("FNP");
            assertThat(f.evidence()).containsExactly("A-1", "S-1", "I-1");
            assertThat(f.explanation()).contains("(none recorded)", "between 2018-02-01 and 2018-03-01");
        });
    }

    @Test
    void singleDisciplineAssessmentsAndTheirOwnAgencyAreNotJudged() {
        var file = child().add(
                event("C-1", "appointment.attended", "CAMHS", "2018-01-15"),
                event("P-1", "contact.in_person", "POLICE", "2018-01-20"),
                event("A-1", "assessment.completed", "CAMHS", "2018-03-01").details("{'kind':'specialist_psychological'}"),
                event("A-2", "assessment.completed", "POLICE", "2018-03-01").details("{'kind':'dash_risk'}"),
                event("A-3", "assessment.completed", "HV", "2018-03-01")).file();

        assertThat(findings(file)).isEmpty();
    }

    @Test
    void aMonthPreciseCompletionCountsOnlyInvolvementSurelyBeforeIt() {
        var file = child().add(
                event("K-1", "concern.recorded", "K2", "2018-03-20"),
                event("A-1", "assessment.completed", "CSC", "2018-03").details("{'kind':'child_and_family'}")).file();

        assertThat(findings(file)).isEmpty();
    }
}
