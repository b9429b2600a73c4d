package org.chronology.projections.gaps.rules;

import org.chronology.core.api.event.Sector;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.TestCase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
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
            assertThat(f.explanation()).isEqualTo("K2's concern of 2019-02-04 did not reach CSC, which was involved "
                    + "with the family (A-1 2019-01-07), within 2 working days.");
        });
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
    void firesWhenInformationIsRecordedAsReachingTheLeadAgencyLate() {
        // Family T fn10: the NNU's observation reached the twins' SW late.
        var file = child().add(
                event("I-1", "info.shared", "BHT", "2018-03").details("{'from':'BHT','to':['CSC'],'delayed':true}"),
                event("I-2", "info.shared", "HV", "2018-04-16").details("{'to':['CSC'],'delayDays':7}"),
                event("I-3", "info.shared", "HV", "2018-04-20").details("{'to':['CSC'],'delayDays':1}")).file();

        assertThat(findings(file, asOf)).extracting(Finding::evidence)
                .containsExactly(List.of("I-1"), List.of("I-2"));
    }

    @Test
    void firesWhenAnEntrySaysItDidNotReachTheLeadAgency() {
        // Family T §5.50: the GU-clinic threat was not known to the midwife or Mother's SW;
        // Child BF BF4.2: an assessment's results were not shared promptly with the CP plan professionals.
        var file = child().add(
                event("K-1", "concern.recorded", "K2", "2018-01")
                        .details("{'sharedWith':[],'notKnownTo':['midwife','CSC (Mother SW)']}"),
                event("A-1", "assessment.completed", "CAMHS", "2018-02-05").details("{'sharedPromptly':false}"))
                .file();

        assertThat(findings(file, asOf)).satisfiesExactly(
                f -> {
                    assertThat(f.agencies()).containsExactly("K2");
                    assertThat(f.evidence()).containsExactly("K-1");
                    assertThat(f.explanation()).isEqualTo("The concern of 2018-01 by K2 (K-1) is recorded as not "
                            + "known to CSC.");
                },
                f -> {
                    assertThat(f.agencies()).containsExactly("CAMHS");
                    assertThat(f.explanation()).endsWith("is recorded as not shared promptly with the lead agency.");
                });
        assertThat(findings(file, LocalDate.of(2018, 2, 1))).isEmpty();
    }

    @Test
    void doesNotJudgeConcernsOfAnUnspecifiedAgency() {
        var built = child().add(event("O-1", "case.opened", "CSC", "2019-01-07"),
                event("U-1", "concern.recorded", "UNSPECIFIED", "2019-02-04")).file();
        var sectors = new HashMap<>(TestCase.SECTORS);
        sectors.put("UNSPECIFIED", Sector.LA_OTHER);
        var file = new CaseFile(TestCase.CHILD, built.events(), sectors, TestCase.calendar());

        assertThat(findings(file, asOf)).isEmpty();
    }
}
