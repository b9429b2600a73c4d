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

class StratAgencyNotInvitedTest {

    private final StratAgencyNotInvited rule = new StratAgencyNotInvited();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> findings(CaseFile file) {
        return rule.evaluate(file, asOf, Parameters.defaults(rule));
    }

    @Test
    void firesForAgenciesActiveInTheNinetyDaysBeforeThatWereNotInvited() {
        var file = child().add(
                event("C-1", "concern.recorded", "CAMHS", "2018-01-15"),
                event("K-1", "visit.home", "K2", "2018-02-10"),
                event("H-1", "visit.home", "HV", "2018-02-12"),
                event("S-1", "strategy.meeting", "CSC", "2018-03-05")
                        .details("{'invited':['CSC','POLICE','HV']}")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("STRAT_AGENCY_NOT_INVITED");
            assertThat(f.agencies()).containsExactly("CAMHS", "K2");
            assertThat(f.evidence()).containsExactly("S-1", "C-1", "K-1");
            assertThat(f.occurredAt()).isEqualTo("2018-03-05");
            assertThat(f.explanation()).contains("CAMHS", "K2", "C-1 2018-01-15", "2018-03-05");
        });
    }

    @Test
    void householdEntriesMakeAnAgencyActive() {
        var file = child().add(
                event("P-1", "police.incident", "POLICE", "2018-02-01").children("SIBLING"),
                event("S-1", "strategy.discussion", "CSC", "2018-03-05").children("C1", "SIBLING")
                        .details("{'invited':['CSC','HV']}")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.agencies()).containsExactly("POLICE");
            assertThat(f.evidence()).containsExactly("S-1", "P-1");
        });
    }

    @Test
    void staysSilentWhenEveryActiveAgencyIsInvitedOrAttended() {
        var file = child().add(
                event("C-1", "concern.recorded", "CAMHS", "2018-01-15"),
                event("K-1", "visit.home", "K2", "2018-02-10"),
                event("S-1", "strategy.meeting", "CSC", "2018-03-05")
                        .details("{'invited':['CSC','CAMHS'],'attended':['K2']}")).file();

        assertThat(findings(file)).isEmpty();
    }

    @Test
    void ignoresInvolvementBeforeTheLookbackFamilyInformantsAndTheCourt() {
        var file = child().add(
                event("C-1", "concern.recorded", "CAMHS", "2017-11-30"),
                event("F-1", "referral.made", "FAMILY", "2018-02-01"),
                event("O-1", "court.order", "COURT", "2018-02-02"),
                event("S-1", "strategy.meeting", "CSC", "2018-03-05").details("{'invited':['CSC']}")).file();

        assertThat(findings(file)).isEmpty();
    }

    @Test
    void aMonthPreciseMeetingLooksBackFromTheStartOfItsMonth() {
        var file = child().add(
                event("H-1", "visit.home", "HV", "2018-03-20"),
                event("S-1", "strategy.meeting", "CSC", "2018-03").details("{'invited':['CSC']}")).file();

        assertThat(findings(file)).isEmpty();
    }

    @Test
    void withNoRecordedInviteesNamesActiveAgenciesTheRecordDoesNotShowTakingPart() {
        // Family T, March 2018: the invitee list is not recorded; CAMHS and the Support Worker were left out.
        var file = child().add(
                event("C-1", "concern.recorded", "CAMHS", "2018-01-15"),
                event("K-1", "visit.home", "K2", "2018-02-10"),
                event("H-1", "visit.home", "HV", "2018-02-12"),
                event("P-1", "police.incident", "POLICE", "2018-02-20"),
                event("I-1", "info.shared", "HV", "2018-02-28").details("{'to':['CSC']}"),
                event("P-2", "strategy.discussion", "POLICE", "2018-03-05"),
                event("S-1", "strategy.meeting", "CSC", "2018-03-05").details("{'attended':['CSC']}")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.agencies()).containsExactly("CAMHS", "K2");
            assertThat(f.evidence()).containsExactly("S-1", "P-2", "C-1", "K-1"); // the police recorded the same meeting
            assertThat(f.explanation()).isEqualTo("The strategy meeting of 2018-03-05 (CSC) records no invitees, and "
                    + "nothing shows CAMHS (involved in the 90 days before: C-1 2018-01-15) or K2 (involved in the 90 "
                    + "days before: K-1 2018-02-10) taking part: no record of the meeting of its own and no exchange "
                    + "with the lead agency between 2018-02-26 and 2018-03-12.");
        });
    }

    @Test
    void anAgencyWithNoKnownSectorIsNotExpectedToBeInvited() {
        var file = child().add(
                event("U-1", "referral.made", "NOT-REGISTERED", "2018-02-01"),
                event("S-1", "strategy.meeting", "CSC", "2018-03-05").details("{'invited':['CSC']}")).file();

        assertThat(findings(file)).isEmpty();
    }

    @Test
    void citesOnlyTheLatestThreeEntriesOfABusyAgency() {
        var file = child().add(
                event("H-1", "visit.home", "HV", "2018-01-10"),
                event("H-2", "visit.home", "HV", "2018-01-20"),
                event("H-3", "visit.home", "HV", "2018-02-10"),
                event("H-4", "visit.home", "HV", "2018-02-20"),
                event("S-1", "strategy.meeting", "CSC", "2018-03-05").details("{'invited':['CSC','POLICE']}")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("S-1", "H-2", "H-3", "H-4");
            assertThat(f.explanation()).contains("invited: CSC, POLICE");
        });
    }
}
