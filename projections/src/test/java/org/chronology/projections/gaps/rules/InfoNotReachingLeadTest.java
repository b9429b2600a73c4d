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

class InfoNotReachingLeadTest {

    private final InfoNotReachingLead rule = new InfoNotReachingLead();
    private final LocalDate asOf = LocalDate.of(2019, 12, 31);

    private List<Finding> findings(CaseFile file, LocalDate asOf) {
        return rule.evaluate(file, asOf, Parameters.defaults(rule));
    }

    @Test
    void firesWhenAPartnersConcernDoesNotReachTheLeadAgency() {
        // Family T §5.50: the Support Worker's record of a threat never reached Mother's SW.
        var file = child().add(
                event("A-1", "worker.allocated", "CSC", "2019-01-07").worker("SW-1", "SOCIAL_WORKER"),
                event("K-1", "concern.recorded", "K2", "2019-02-04")
                        .details("{'categories':['violence_threat'],'sharedWith':[]}")).file();

        assertThat(findings(file, asOf)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("INFO_NOT_REACHING_LEAD");
            assertThat(f.agencies()).containsExactly("K2");
            assertThat(f.evidence()).containsExactly("K-1", "A-1");
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.explanation()).isEqualTo("K2's concern of 2019-02-04 (K-1) did not reach CSC, which was "
                    + "involved with the family (A-1 2019-01-07): no information from K2 to CSC between 2019-02-04 "
                    + "and 2019-02-06.");
        });
    }

    @Test
    void aPartnersCompletedAssessmentMustReachTheLeadAgencyToo() {
        // Child BF BF4.2: an assessment showing a change in a parent's risk is shared quickly with the plan's professionals.
        var unshared = child().add(event("P-1", "cp_plan.started", "CSC", "2019-01-07"),
                event("A-1", "assessment.completed", "CAMHS", "2019-02-04")
                        .details("{'kind':'specialist_psychological'}")).file();
        var shared = child().add(event("P-1", "cp_plan.started", "CSC", "2019-01-07"),
                event("A-1", "assessment.completed", "CAMHS", "2019-02-04"),
                event("I-1", "info.shared", "CAMHS", "2019-02-05").details("{'to':['CSC']}")).file();
        var monthOnly = child().add(event("P-1", "cp_plan.started", "CSC", "2019-01-07"),
                event("A-1", "assessment.completed", "CAMHS", "2019-02"),
                event("I-1", "info.shared", "CAMHS", "2019-02").details("{'to':['CSC']}")).file();
        var leadsOwn = child().add(event("P-1", "cp_plan.started", "CSC", "2019-01-07"),
                event("A-1", "assessment.completed", "CSC", "2019-02-04")).file();

        assertThat(findings(unshared, asOf)).singleElement().satisfies(f -> assertThat(f.explanation())
                .startsWith("CAMHS's assessment of 2019-02-04 (A-1) did not reach CSC"));
        assertThat(findings(shared, asOf)).isEmpty();
        assertThat(findings(monthOnly, asOf)).isEmpty();
        assertThat(findings(leadsOwn, asOf)).isEmpty();
    }

    @Test
    void staysSilentWhenTheConcernIsSharedWithTheLeadAgency() {
        var sharedWith = child().add(event("O-1", "case.opened", "CSC", "2019-01-07"),
                event("K-1", "concern.recorded", "CAMHS", "2019-02-04").details("{'sharedWith':['CSC']}")).file();
        var sentOn = child().add(event("O-1", "case.opened", "CSC", "2019-01-07"),
                event("K-1", "concern.recorded", "CAMHS", "2019-02-04"),
                event("I-1", "info.shared", "CAMHS", "2019-02-06").details("{'to':['MASH']}")).file();
        var receivedByLead = child().add(event("O-1", "case.opened", "CSC", "2019-01-07"),
                event("K-1", "concern.recorded", "CAMHS", "2019-02-04"),
                event("I-1", "info.shared", "CSC", "2019-02-05").details("{'from':'CAMHS'}")).file();

        assertThat(findings(sharedWith, asOf)).isEmpty();
        assertThat(findings(sentOn, asOf)).isEmpty();
        assertThat(findings(receivedByLead, asOf)).isEmpty();
    }

    @Test
    void aMeetingWithTheFamilyThatTheLeadAgencyHeldAndThePartnerAttendedCarriesTheConcern() {
        var attended = child().add(event("O-1", "case.opened", "CSC", "2019-01-07"),
                event("K-1", "concern.recorded", "K2", "2019-02-04"),
                event("M-1", "meeting.with_family", "CSC", "2019-02-05").details("{'attended':['CSC','K2']}")).file();
        var notAttended = child().add(event("O-1", "case.opened", "CSC", "2019-01-07"),
                event("K-1", "concern.recorded", "K2", "2019-02-04"),
                event("M-1", "meeting.with_family", "CSC", "2019-02-05").details("{'attended':['CSC']}")).file();
        var notTheLeadAgencys = child().add(event("O-1", "case.opened", "CSC", "2019-01-07"),
                event("K-1", "concern.recorded", "K2", "2019-02-04"),
                event("M-1", "meeting.with_family", "K2", "2019-02-05").details("{'attended':['K2']}")).file();

        assertThat(findings(attended, asOf)).isEmpty();
        assertThat(findings(notAttended, asOf)).extracting(Finding::evidence).containsExactly(List.of("K-1", "O-1"));
        assertThat(findings(notTheLeadAgencys, asOf)).extracting(Finding::evidence)
                .containsExactly(List.of("K-1", "O-1"));
    }

    @Test
    void staysSilentWhenTheCaseIsNotOpenToTheLeadAgency() {
        var never = child().add(event("K-1", "concern.recorded", "K2", "2019-02-04")).file();
        var closed = child().add(event("O-1", "case.opened", "CSC", "2018-06-04"),
                event("C-1", "case.closed", "CSC", "2018-09-03"),
                event("K-1", "concern.recorded", "K2", "2019-02-04")).file();

        assertThat(findings(never, asOf)).isEmpty();
        assertThat(findings(closed, asOf)).isEmpty();
    }

    @Test
    void aSiblingsClosureDoesNotCloseTheChildsCase() {
        var file = child().add(
                event("A-1", "assessment.started", "CSC", "2019-01-07").children("C1", "SIBLING"),
                event("L-1", "lac.review", "CSC", "2019-01-08"),
                event("C-1", "case.closed", "CSC", "2019-01-20").children("SIBLING"),
                event("K-1", "concern.recorded", "K2", "2019-02-04")).file();

        assertThat(findings(file, asOf)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly("K-1", "L-1"));
    }

    @Test
    void ignoresConcernsTheLeadAgencyRecordedItself() {
        var file = child().add(event("O-1", "case.opened", "CSC", "2019-01-07"),
                event("K-1", "concern.recorded", "CSC", "2019-02-04").actingAgency("K2")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }

    @Test
    void aMonthPreciseConcernMayBeSharedUntilTwoWorkingDaysAfterTheMonthsEnd() {
        var shared = child().add(event("O-1", "case.opened", "CSC", "2018-12-03"),
                event("K-1", "concern.recorded", "K2", "2019-01"),
                event("I-1", "info.shared", "K2", "2019-02-04").details("{'to':['CSC']}")).file();
        var unshared = child().add(event("O-1", "case.opened", "CSC", "2018-12-03"),
                event("K-1", "concern.recorded", "K2", "2019-01")).file();

        assertThat(findings(shared, asOf)).isEmpty();
        assertThat(findings(unshared, LocalDate.of(2019, 2, 4))).isEmpty();
        assertThat(findings(unshared, LocalDate.of(2019, 2, 5))).hasSize(1);
    }

    @Test
    void saysWhenTheConcernReachedTheLeadAgencyLate() {
        // Family T fn10: the NNU's observation reached the twins' SW late.
        var file = child().add(event("O-1", "case.opened", "CSC", "2018-02-05"),
                event("K-1", "concern.recorded", "BHT", "2018-03-05").details("{'categories':['injury']}"),
                event("I-1", "info.shared", "BHT", "2018-03-20").details("{'to':['CSC'],'eventIds':['K-1']}")).file();

        assertThat(findings(file, asOf)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.evidence()).containsExactly("K-1", "O-1", "I-1");
            assertThat(f.explanation()).endsWith("; it reached CSC only with the info shared of 2018-03-20 (I-1, BHT).");
        });
    }

    @Test
    void oneAgencysConcernsLeftUnsharedOneSoonAfterAnotherMakeOneFinding() {
        var file = child().add(event("O-1", "case.opened", "CSC", "2019-01-07"),
                event("K-1", "concern.recorded", "K2", "2019-02-04"),
                event("K-2", "concern.recorded", "K2", "2019-02-18"),
                event("H-1", "concern.recorded", "HV", "2019-02-19"),
                event("I-1", "info.shared", "K2", "2019-03-01").details("{'to':['CSC']}"),
                event("K-3", "concern.recorded", "K2", "2019-04-01"),
                event("K-4", "concern.recorded", "K2", "2019-07-01")).file();

        assertThat(findings(file, asOf)).extracting(Finding::evidence).containsExactly(
                List.of("K-1", "K-2", "O-1", "I-1"), List.of("K-3", "O-1"), List.of("K-4", "O-1"),
                List.of("H-1", "O-1"));
    }

    @Test
    void anAgencyWithNoKnownSectorIsNotJudged() {
        var file = child().add(event("O-1", "case.opened", "CSC", "2019-01-07"),
                event("U-1", "concern.recorded", "NOT-REGISTERED", "2019-02-04")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }
}
