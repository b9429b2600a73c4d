package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.TestCase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.projections.gaps.TestCase.child;
import static org.chronology.projections.gaps.TestCase.event;

class ClosureDespiteDisengagementTest {

    private final ClosureDespiteDisengagement rule = new ClosureDespiteDisengagement();
    private final LocalDate asOf = LocalDate.of(2019, 12, 31);

    private List<Finding> findings(CaseFile file) {
        return rule.evaluate(file, asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event[] threeMisses() {
        return new TestCase.Event[] {
                event("M-1", "appointment.missed", "BHT", "2019-03-25").details("{'reason':'was_not_brought'}"),
                event("M-2", "visit.home", "HV", "2019-04-10").details("{'outcome':'no_access'}"),
                event("M-3", "contact.remote", "HV", "2019-05-10").details("{'outcome':'no_answer'}")};
    }

    @Test
    void firesWhenTheCaseIsClosedAfterThreeMissedContacts() {
        var file = child().add(threeMisses()).add(event("C-1", "case.closed", "CSC", "2019-06-01")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CLOSURE_DESPITE_DISENGAGEMENT");
            assertThat(f.agencies()).containsExactly("CSC");
            assertThat(f.evidence()).containsExactly("C-1", "M-1", "M-2", "M-3");
            assertThat(f.explanation()).isEqualTo("CSC closed the case on 2019-06-01 although 3 contacts with the "
                    + "child did not happen in the 90 days before (M-1 2019-03-25, M-2 2019-04-10, M-3 2019-05-10) "
                    + "and the child was not seen since by the agencies that missed them.");
        });
    }

    @Test
    void firesWhenTheFamilyDeclinedTwoServices() {
        // Child O §5.4: Families Matter declined; here a parent's decline is recorded on the sibling.
        var file = child().add(
                event("D-1", "service.declined", "EARLY-HELP", "2019-01-15"),
                event("D-2", "service.declined", "CAMHS", "2019-04-15").children("SIBLING"),
                event("C-1", "case.closed", "EARLY-HELP", "2019-06-01")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.agencies()).containsExactly("EARLY-HELP");
            assertThat(f.evidence()).containsExactly("C-1", "D-1", "D-2");
        });
    }

    @Test
    void staysSilentWhenEngagementProblemsAreFewOrOld() {
        var file = child().add(
                event("M-1", "appointment.missed", "BHT", "2019-01-07"),
                event("M-2", "appointment.missed", "BHT", "2019-04-10"),
                event("M-3", "appointment.missed", "BHT", "2019-05-10"),
                event("D-1", "service.declined", "CAMHS", "2018-10-01"),
                event("D-2", "service.declined", "CAMHS", "2019-04-15"),
                event("C-1", "case.closed", "CSC", "2019-06-01"),
                event("M-4", "appointment.missed", "BHT", "2019-06-10")).file();

        assertThat(findings(file)).isEmpty();
    }

    @Test
    void aMonthPreciseClosureCountsOnlyWhatIsCertainlyWithinTheWindow() {
        // Closed some time in June 2019: 25 March may be more than 90 days before.
        var file = child().add(threeMisses()).add(event("C-1", "case.closed", "CSC", "2019-06")).file();

        assertThat(findings(file)).isEmpty();
    }

    @Test
    void staysSilentWhenTheChildWasEngaging() {
        var file = child().add(
                event("V-1", "visit.home", "HV", "2019-04-10").details("{'outcome':'seen'}"),
                event("A-1", "appointment.attended", "BHT", "2019-05-10"),
                event("C-1", "case.closed", "CSC", "2019-06-01")).file();

        assertThat(findings(file)).isEmpty();
    }

    @Test
    void givenSeveralClosuresAfterOnePattern_thenOneFindingOnTheFirstClosureThePatternConcerns() {
        var file = child().add(threeMisses()).add(
                event("C-0", "case.closed", "SCHOOL", "2019-05-20"),
                event("C-1", "case.closed", "CSC", "2019-06-01"),
                event("C-2", "case.closed", "HV", "2019-06-03"),
                event("C-3", "case.closed", "CSC", "2019-06-20")).file();

        assertThat(findings(file)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly("C-1", "M-1", "M-2", "M-3"));
    }

    @Test
    void givenTheChildSeenAgainByTheAgencyThatMissed_thenThoseMissesNoLongerCount() {
        var file = child().add(threeMisses()).add(
                event("V-1", "visit.home", "HV", "2019-05-20").details("{'outcome':'seen'}"),
                event("C-1", "case.closed", "CSC", "2019-06-01")).file();

        assertThat(findings(file)).isEmpty();
    }

    @Test
    void givenNewMissesAfterAnEarlierFinding_thenALaterClosureIsANewEpisode() {
        var file = child().add(threeMisses()).add(
                event("C-1", "case.closed", "CSC", "2019-06-01"),
                event("R-1", "case.reopened", "CSC", "2019-07-01"),
                event("M-4", "visit.home", "CSC", "2019-07-10").details("{'outcome':'no_access'}"),
                event("M-5", "visit.home", "CSC", "2019-07-20").details("{'outcome':'no_access','count':2}"),
                event("C-2", "case.closed", "CSC", "2019-08-01")).file();

        assertThat(findings(file)).extracting(f -> f.evidence().get(0)).containsExactly("C-1", "C-2");
    }
}
