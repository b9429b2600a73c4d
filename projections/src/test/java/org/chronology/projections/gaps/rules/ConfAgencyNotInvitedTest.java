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

class ConfAgencyNotInvitedTest {

    private final ConfAgencyNotInvited rule = new ConfAgencyNotInvited();
    private final LocalDate asOf = LocalDate.of(2020, 1, 1);

    private List<Finding> findings(CaseFile file) {
        return rule.evaluate(file, asOf, Parameters.defaults(rule));
    }

    @Test
    void firesForAnActiveAgencyLeftOutOfTheInitialConference() {
        var file = child().add(
                event("H-1", "visit.home", "HV", "2019-02-11"),
                event("I-1", "conference.initial", "CSC", "2019-03-04")
                        .details("{'invited':['CSC','POLICE','GP'],'chair':'IRO'}")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CONF_AGENCY_NOT_INVITED");
            assertThat(f.agencies()).containsExactly("HV");
            assertThat(f.evidence()).containsExactly("I-1", "H-1");
            assertThat(f.explanation()).contains("initial child protection conference of 2019-03-04", "HV");
        });
    }

    @Test
    void aReviewConferenceMustInviteAgenciesThatJoinedSinceTheInitialOne() {
        // Baby L §1.9: agencies involved since the ICPC were not invited to the review.
        var file = child().add(
                event("I-1", "conference.initial", "CSC", "2019-03-04").details("{'invited':['CSC','GP']}"),
                event("K-1", "service.started", "K2", "2019-04-15"),
                event("R-1", "conference.review", "CSC", "2019-09-02").details("{'invited':['CSC','GP']}")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.agencies()).containsExactly("K2");
            assertThat(f.evidence()).containsExactly("R-1", "K-1");
            assertThat(f.explanation()).contains("since the conference of 2019-03-04");
        });
    }

    @Test
    void firesWhenAConferenceInvitesNoGp() {
        var file = child().add(
                event("G-1", "appointment.attended", "GP", "2018-06-01"),
                event("I-1", "conference.initial", "CSC", "2019-03-04").details("{'invited':['CSC','HV']}")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.agencies()).containsExactly("GP");
            assertThat(f.evidence()).containsExactly("I-1");
        });
    }

    @Test
    void firesForAMissingGpEvenWhenTheRecordNamesNone() {
        var file = child().add(event("I-1", "conference.initial", "CSC", "2019-03-04")
                .details("{'invited':['CSC','HV']}")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.agencies()).containsExactly("CSC");
            assertThat(f.explanation()).contains("any GP");
        });
    }

    @Test
    void staysSilentWhenEveryActiveAgencyAndTheGpAreInvited() {
        var file = child().add(
                event("H-1", "visit.home", "HV", "2019-02-11"),
                event("P-1", "police.incident", "POLICE", "2019-02-12"),
                event("I-1", "conference.initial", "CSC", "2019-03-04")
                        .details("{'invited':['CSC','HV','GP'],'attended':['POLICE']}"),
                event("C-1", "meeting.core_group", "CSC", "2019-03-18").details("{'invited':['CSC','HV','POLICE']}"))
                .file();

        assertThat(findings(file)).isEmpty();
    }

    @Test
    void aMonthPreciseConferenceDoesNotCountItsOwnMonthsEntries() {
        var file = child().add(
                event("H-1", "visit.home", "HV", "2019-03-20"),
                event("I-1", "conference.initial", "CSC", "2019-03").details("{'invited':['CSC','GP']}")).file();

        assertThat(findings(file)).isEmpty();
    }

    @Test
    void coreGroupsThatLeaveOutTheSameAgencyMakeOneFinding() {
        // Baby L §1.8: accommodation provider workers were not identified for the core groups.
        var file = child().add(
                event("I-1", "conference.initial", "CSC", "2019-03-04").details("{'invited':['CSC','GP','HOUSING']}"),
                event("H-1", "service.started", "HOUSING", "2019-03-10"),
                event("C-1", "meeting.core_group", "CSC", "2019-03-18").details("{'invited':['CSC','GP']}"),
                event("C-2", "meeting.core_group", "CSC", "2019-04-15").details("{'invited':['CSC','GP']}"),
                event("C-3", "meeting.core_group", "CSC", "2019-05-13").details("{'invited':['CSC','GP','HOUSING']}"))
                .file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.agencies()).containsExactly("HOUSING");
            assertThat(f.evidence()).containsExactly("C-1", "C-2", "H-1");
            assertThat(f.occurredAt()).isEqualTo("2019-03-18");
            assertThat(f.explanation()).contains("core group meeting of 2019-03-18", "nor did the core groups that "
                    + "followed (C-2 2019-04-15)");
        });
    }

    @Test
    void withNoRecordedInviteesNamesAgenciesAndTheGpTheRecordDoesNotShowTakingPart() {
        // Child BF BF6.1: not all involved agencies, the GP in particular, were invited to the ICPC.
        var file = child().add(
                event("G-1", "appointment.attended", "GP", "2018-06-01"),
                event("H-1", "visit.home", "HV", "2019-02-11"),
                event("S-1", "contact.in_person", "SCHOOL", "2019-02-12"),
                event("R-1", "info.shared", "SCHOOL", "2019-02-28").details("{'to':['CSC']}"),
                event("I-1", "conference.initial", "CSC", "2019-03-04")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.agencies()).containsExactly("HV", "GP");
            assertThat(f.explanation()).isEqualTo("The initial child protection conference of 2019-03-04 (CSC) records "
                    + "no invitees, and nothing shows HV (involved in the 90 days before: H-1 2019-02-11) or GP (the "
                    + "household's GP) taking part.");
        });
    }

    @Test
    void withNoRecordedInviteesStaysSilentWhenEveryActiveAgencyAndAGpAreSeenTakingPart() {
        var file = child().add(
                event("H-1", "visit.home", "HV", "2019-02-11"),
                event("R-1", "info.shared", "HV", "2019-02-28").details("{'to':['CSC']}"),
                event("G-1", "info.requested", "CSC", "2019-03-01").details("{'to':['GP']}"),
                event("I-1", "conference.initial", "CSC", "2019-03-04")).file();

        assertThat(findings(file)).isEmpty();
    }
}
