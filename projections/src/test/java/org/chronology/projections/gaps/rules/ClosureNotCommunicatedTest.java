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

class ClosureNotCommunicatedTest {

    private final ClosureNotCommunicated rule = new ClosureNotCommunicated();
    private final LocalDate asOf = LocalDate.of(2019, 12, 31);

    private List<Finding> findings(CaseFile file, LocalDate asOf) {
        return rule.evaluate(file, asOf, Parameters.defaults(rule));
    }

    @Test
    void firesForAnActiveAgencyThatWasNotTold() {
        var file = child().add(
                event("H-1", "visit.home", "HV", "2019-01-10"),
                event("S-1", "contact.in_person", "SCHOOL", "2019-02-01"),
                event("C-1", "case.closed", "CSC", "2019-03-04").details("{'partnersNotified':['HV']}")).file();

        assertThat(findings(file, asOf)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CLOSURE_NOT_COMMUNICATED");
            assertThat(f.agencies()).containsExactly("SCHOOL");
            assertThat(f.evidence()).containsExactly("C-1", "S-1");
            assertThat(f.explanation()).isEqualTo("The closure of 2019-03-04 (C-1) by CSC was not communicated to "
                    + "SCHOOL (involved in the 90 days before: S-1 2019-02-01): no notice between 2019-03-04 and "
                    + "2019-03-11.");
        });
    }

    @Test
    void nobodyIsToldWhenNotificationIsNotRecorded() {
        var file = child().add(
                event("H-1", "visit.home", "HV", "2019-01-10"),
                event("P-1", "police.incident", "POLICE", "2019-02-01").children("SIBLING"),
                event("C-1", "case.closed", "CSC", "2019-03-04")).file();

        assertThat(findings(file, asOf)).singleElement()
                .satisfies(f -> assertThat(f.agencies()).containsExactly("HV", "POLICE"));
    }

    @Test
    void staysSilentWhenTheLeadAgencyWritesToThePartnerSoonAfter() {
        var file = child().add(
                event("S-1", "contact.in_person", "SCHOOL", "2019-02-01"),
                event("C-1", "case.closed", "CSC", "2019-03-04"),
                event("I-1", "info.shared", "CSC", "2019-03-11").details("{'to':['SCHOOL']}")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }

    @Test
    void firesOnlyOnceTheNoticePeriodHasPassed() {
        var file = child().add(
                event("S-1", "contact.in_person", "SCHOOL", "2019-02-01"),
                event("C-1", "case.closed", "CSC", "2019-03-04")).file();

        assertThat(findings(file, LocalDate.of(2019, 3, 11))).isEmpty();
        assertThat(findings(file, LocalDate.of(2019, 3, 12))).hasSize(1);
    }

    @Test
    void aMonthPreciseClosureAllowsNoticeUntilFiveWorkingDaysAfterTheMonthsEnd() {
        var file = child().add(
                event("S-1", "contact.in_person", "SCHOOL", "2019-02-01"),
                event("C-1", "case.closed", "CSC", "2019-03"),
                event("I-1", "info.shared", "CSC", "2019-04-05").details("{'to':['SCHOOL']}")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }

    @Test
    void ignoresClosuresByOtherAgenciesAndInvolvementBeforeTheLookback() {
        var file = child().add(
                event("S-1", "contact.in_person", "SCHOOL", "2018-11-01"),
                event("C-1", "case.closed", "CSC", "2019-03-04"),
                event("H-1", "visit.home", "HV", "2019-03-05"),
                event("C-2", "case.closed", "HV", "2019-05-01")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }

    @Test
    void citesAnUninformedPartnerLaterWritingToTheClosedCase() {
        // Child O §5.2: the health visitor still writing to a case that had been closed.
        var file = child().add(
                event("H-1", "visit.home", "HV", "2019-02-20"),
                event("C-1", "case.closed", "CSC", "2019-03-04"),
                event("H-2", "escalation.raised", "HV", "2019-04-05").details("{'to':['CSC']}"),
                event("H-3", "info.shared", "HV", "2019-04-15").details("{'to':['CSC']}"))
                .file();

        assertThat(findings(file, asOf)).singleElement().satisfies(f -> {
            assertThat(f.agencies()).containsExactly("HV");
            assertThat(f.evidence()).containsExactly("C-1", "H-1", "H-2");
            assertThat(f.explanation()).endsWith("later written to as an open case by HV (H-2 2019-04-05).");
        });
    }

    @Test
    void aClosingMeetingThePartnerAttendedTellsIt() {
        var file = child().add(
                event("S-1", "contact.in_person", "SCHOOL", "2019-02-01"),
                event("C-1", "case.closed", "CSC", "2019-03-04"),
                event("M-1", "meeting.cin_review", "CSC", "2019-03-05").details("{'attended':['CSC','SCHOOL']}"))
                .file();

        assertThat(findings(file, asOf)).isEmpty();
    }
}
