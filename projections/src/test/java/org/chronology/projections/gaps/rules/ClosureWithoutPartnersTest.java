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

class ClosureWithoutPartnersTest {

    private final ClosureWithoutPartners rule = new ClosureWithoutPartners();
    private final LocalDate asOf = LocalDate.of(2020, 1, 1);

    private List<Finding> findings(CaseFile file) {
        return rule.evaluate(file, asOf, Parameters.defaults(rule));
    }

    @Test
    void firesWhenTheClosingReviewWasAttendedByTheLeadAgencyAlone() {
        // Child O §4.3: the CIN case was closed at a review only CSC attended.
        var file = child().add(
                event("P-1", "cin_plan.started", "CSC", "2019-01-07"),
                event("H-1", "visit.home", "HV", "2019-02-20"),
                event("R-1", "meeting.cin_review", "CSC", "2019-03-04").details("{'invited':['CSC','HV'],'attended':['CSC']}"),
                event("E-1", "cin_plan.ended", "CSC", "2019-03-04"),
                event("C-1", "case.closed", "CSC", "2019-03-06")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CLOSURE_WITHOUT_PARTNERS");
            assertThat(f.agencies()).containsExactly("CSC");
            assertThat(f.evidence()).containsExactly("E-1", "R-1");
            assertThat(f.explanation()).isEqualTo("The child in need plan ended on 2019-03-04 (E-1, CSC) without its "
                    + "partners: its last child in need review (R-1 2019-03-04) had no partner agency attending (attended: CSC).");
        });
    }

    @Test
    void firesWhenNoPartnerWasConsultedThoughPartnersWereInvolved() {
        var file = child().add(
                event("P-1", "cin_plan.started", "CSC", "2019-01-07"),
                event("S-1", "contact.in_person", "SCHOOL", "2019-02-11"),
                event("C-1", "case.closed", "CSC", "2019-03-04")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("C-1", "S-1");
            assertThat(f.explanation()).contains("no partner was consulted between 2019-01-03 and 2019-03-04 although "
                    + "SCHOOL (involved then: S-1 2019-02-11) was involved");
        });
    }

    @Test
    void staysSilentWhenPartnersTookPartOrWereAsked() {
        var review = child().add(
                event("P-1", "cin_plan.started", "CSC", "2019-01-07"),
                event("S-1", "contact.in_person", "SCHOOL", "2019-02-11"),
                event("R-1", "meeting.cin_review", "CSC", "2019-03-01").details("{'attended':['CSC','SCHOOL']}"),
                event("E-1", "cin_plan.ended", "CSC", "2019-03-04")).file();
        var asked = child().add(
                event("P-1", "cin_plan.started", "CSC", "2019-01-07"),
                event("S-1", "contact.in_person", "SCHOOL", "2019-02-11"),
                event("Q-1", "info.requested", "CSC", "2019-02-25").details("{'to':['SCHOOL']}"),
                event("E-1", "cin_plan.ended", "CSC", "2019-03-04")).file();
        var unrecordedAttendance = child().add(
                event("P-1", "cin_plan.started", "CSC", "2019-01-07"),
                event("S-1", "contact.in_person", "SCHOOL", "2019-02-11"),
                event("R-1", "meeting.cin_review", "CSC", "2019-03-01"),
                event("E-1", "cin_plan.ended", "CSC", "2019-03-04")).file();

        assertThat(findings(review)).isEmpty();
        assertThat(findings(asked)).isEmpty();
        assertThat(findings(unrecordedAttendance)).isEmpty();
    }

    @Test
    void ignoresClosuresThatEndNoChildInNeedWork() {
        // An assessment closed with no further action is not a child in need closure.
        var file = child().add(
                event("A-1", "assessment.completed", "CSC", "2019-02-01"),
                event("S-1", "contact.in_person", "SCHOOL", "2019-02-11"),
                event("C-1", "case.closed", "CSC", "2019-03-04")).file();

        assertThat(findings(file)).isEmpty();
    }

    @Test
    void aClosureAfterAChildInNeedReviewCountsWithoutARecordedPlan() {
        var file = child().add(
                event("O-1", "case.opened", "CSC", "2019-01-07"),
                event("R-1", "meeting.cin_review", "CSC", "2019-02-04").details("{'attended':['CSC']}"),
                event("C-1", "case.closed", "CSC", "2019-03")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.occurredAt()).isEqualTo("2019-03");
            assertThat(f.evidence()).containsExactly("C-1", "R-1");
        });
    }
}
