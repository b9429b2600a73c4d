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

class CinReviewNotMultiagencyTest {

    private final CinReviewNotMultiagency rule = new CinReviewNotMultiagency();
    private final LocalDate asOf = LocalDate.of(2020, 1, 1);

    private List<Finding> findings(CaseFile file, LocalDate asOf) {
        return rule.evaluate(file, asOf, Parameters.defaults(rule));
    }

    // (a) a child in need review without its partners

    @Test
    void firesWhenAReviewLeavesOutAnActivePartner() {
        var file = child().add(
                event("H-1", "visit.home", "HV", "2019-02-11"),
                event("R-1", "meeting.cin_review", "CSC", "2019-03-04").details("{'invited':['CSC','SCHOOL']}")).file();

        assertThat(findings(file, asOf)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CIN_REVIEW_NOT_MULTIAGENCY");
            assertThat(f.agencies()).containsExactly("HV");
            assertThat(f.evidence()).containsExactly("R-1", "H-1");
            assertThat(f.explanation()).isEqualTo("The child in need review of 2019-03-04 (R-1, CSC) was not "
                    + "multi-agency: it did not invite HV (involved in the 60 days before: H-1 2019-02-11).");
        });
    }

    @Test
    void firesWhenNoInvitedPartnerAttendedOrTheMinutesWentNowhere() {
        // Family T §5.45: the first CIN meeting after the ICPC was rescheduled and key practitioners did not attend.
        var file = child().add(
                event("R-1", "meeting.cin_review", "CSC", "2018-05")
                        .details("{'invited':['CSC','HV','SCHOOL'],'attended':['CSC'],'rescheduled':true}"),
                event("R-2", "meeting.cin_review", "CSC", "2018-06-04")
                        .details("{'attended':['CSC','HV'],'minutesCirculated':false}")).file();

        assertThat(findings(file, asOf)).extracting(Finding::explanation).containsExactly(
                "The child in need review of 2018-05 (R-1, CSC) was not multi-agency: no partner attended (invited: "
                        + "HV, SCHOOL; attended: CSC).",
                "The child in need review of 2018-06-04 (R-2, CSC) was not multi-agency: its minutes were not "
                        + "circulated.");
    }

    @Test
    void staysSilentForAReviewWithItsPartners() {
        var file = child().add(
                event("H-1", "visit.home", "HV", "2019-02-11"),
                event("R-1", "meeting.cin_review", "CSC", "2019-03-04")
                        .details("{'invited':['CSC','HV'],'attended':['CSC','HV'],'minuted':true}"),
                event("R-2", "meeting.cin_review", "CSC", "2019-04-01")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }

    // (b) several agencies at work with no multi-agency meeting

    @Test
    void firesOncePerStretchOfSeveralAgenciesWithNoMeeting() {
        // Family T §5.54: no professionals' meeting of all the agencies was ever held.
        var file = child().add(
                event("K-1", "visit.home", "K2", "2017-09-04"),
                event("C-1", "appointment.attended", "CAMHS", "2017-09-20"),
                event("P-1", "police.incident", "POLICE", "2017-10-02"),
                event("K-2", "visit.home", "K2", "2017-10-20"),
                event("M-1", "meeting.professionals", "K2", "2017-11-01").details("{'attended':['K2','CAMHS']}"),
                event("S-1", "strategy.meeting", "CSC", "2018-01-15")).file();

        assertThat(findings(file, asOf)).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("P-1", "K-1", "C-1", "S-1");
            assertThat(f.occurredAt()).isEqualTo("2017-10-02");
            assertThat(f.agencies()).containsExactlyInAnyOrder("K2", "CAMHS", "POLICE");
            assertThat(f.explanation()).contains("3 agencies were involved with the household in the 60 days to "
                    + "2017-10-02", "no multi-agency meeting with the lead agency was held between 2017-10-02 and "
                    + "2017-12-01", "the next was the strategy meeting of 2018-01-15 (S-1, CSC)");
        });
    }

    @Test
    void staysSilentWhenTheLeadAgencyConvenesAMeetingInTime() {
        var file = child().add(
                event("K-1", "visit.home", "K2", "2017-09-04"),
                event("C-1", "appointment.attended", "CAMHS", "2017-09-20"),
                event("P-1", "police.incident", "POLICE", "2017-10-02"),
                event("S-1", "strategy.discussion", "CSC", "2017-11-15")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }

    @Test
    void waitsUntilTheWindowHasPassed() {
        var file = child().add(
                event("K-1", "visit.home", "K2", "2017-09-04"),
                event("C-1", "appointment.attended", "CAMHS", "2017-09-20"),
                event("P-1", "police.incident", "POLICE", "2017-10-02")).file();

        assertThat(findings(file, LocalDate.of(2017, 11, 30))).isEmpty();
        assertThat(findings(file, LocalDate.of(2017, 12, 1))).hasSize(1);
    }
}
