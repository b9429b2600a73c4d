package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.projections.gaps.TestCase.child;
import static org.chronology.projections.gaps.TestCase.event;

class ConfReportMissingTest {

    private final ConfReportMissing rule = new ConfReportMissing();
    private final LocalDate asOf = LocalDate.of(2020, 1, 1);

    private List<Finding> findings(CaseFile file) {
        return rule.evaluate(file, asOf, Parameters.defaults(rule));
    }

    @Test
    void firesForAnInvitedAgencyWithoutAReportWhetherOrNotItAttended() {
        var file = child().add(event("I-1", "conference.initial", "CSC", "2019-03-04")
                .details("{'invited':['CSC','HV','GP','POLICE'],'attended':['CSC','HV','POLICE'],"
                        + "'reportsSubmitted':['POLICE'],'chair':'IRO'}")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CONF_REPORT_MISSING");
            assertThat(f.agencies()).containsExactly("HV", "GP");
            assertThat(f.evidence()).containsExactly("I-1");
            assertThat(f.explanation()).isEqualTo("The initial child protection conference of 2019-03-04 (CSC) had "
                    + "no report from HV (attended) or GP (did not attend); reports came from POLICE.");
        });
    }

    @Test
    void usesAttendeesWhenInviteesAreNotStated() {
        var file = child().add(event("R-1", "conference.review", "CSC", "2019-06")
                .details("{'attended':['CSC','SCHOOL','HV'],'reportsSubmitted':['HV']}")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> assertThat(f.agencies()).containsExactly("SCHOOL"));
    }

    @Test
    void staysSilentWhenEveryInvitedAgencyReported() {
        var file = child().add(
                event("I-1", "conference.initial", "CSC", "2019-03-04")
                        .details("{'invited':['CSC','HV','GP','IRO'],'reportsSubmitted':['HV','GP']}"),
                event("C-1", "meeting.core_group", "CSC", "2019-03-18").details("{'invited':['CSC','HV']}")).file();

        assertThat(findings(file)).isEmpty();
    }

    @Test
    void withNoRecordedReportsAnExpectedAgencyThatSentNothingBeforehandGaveNone() {
        // Family T §5.51: no information from the NNU informed the ICPC.
        var file = child().add(
                event("B-1", "visit.home", "BHT", "2019-01-20"),
                event("S-1", "visit.home", "SCHOOL", "2019-02-01"),
                event("R-1", "info.shared", "SCHOOL", "2019-02-25").details("{'to':['CSC']}"),
                event("I-1", "conference.initial", "CSC", "2019-03-04")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.agencies()).containsExactly("BHT");
            assertThat(f.explanation()).isEqualTo("The initial child protection conference of 2019-03-04 (CSC) records "
                    + "no reports, and BHT sent the lead agency nothing between 2019-02-18 and 2019-03-04.");
        });
    }

    @Test
    void firesWhenNoInvitedAgencyReported() {
        // Family T §5.51: no information from the NNU informed the ICPC.
        var file = child().add(event("I-1", "conference.initial", "CSC", "2018-04")
                .details("{'invited':['CSC','BHT','K2','FAMILY','COURT'],'reportsSubmitted':[]}")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.agencies()).containsExactly("BHT", "K2");
            assertThat(f.occurredAt()).isEqualTo("2018-04");
            assertThat(f.explanation()).endsWith("had no report from BHT or K2; reports came from no agency.");
        });
    }

    @Test
    void coreGroupsAreNotExpectedToReceiveReports() {
        var file = child().add(event("C-1", "meeting.core_group", "CSC", "2019-03-18")
                .details("{'invited':['CSC','HV','GP'],'reportsSubmitted':[]}")).file();

        assertThat(findings(file)).isEmpty();
    }

    @Test
    void aConferenceRecordedByTwoAgenciesIsJudgedOnce() {
        var file = child().add(
                event("I-1", "conference.initial", "CSC", "2019-03-04")
                        .details("{'invited':['CSC','HV','SCHOOL'],'reportsSubmitted':['HV']}"),
                event("I-2", "conference.initial", "HV", "2019-03-04").details("{'attended':['HV','CSC']}")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.agencies()).containsExactly("SCHOOL");
            assertThat(f.evidence()).containsExactly("I-1", "I-2");
        });
    }
}
