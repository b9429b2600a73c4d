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

class StratNotHeldOnCpRequestTest {

    private final StratNotHeldOnCpRequest rule = new StratNotHeldOnCpRequest();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> findings(CaseFile file, LocalDate asOf) {
        return rule.evaluate(file, asOf, Parameters.defaults(rule));
    }

    @Test
    void firesWhenAConferenceRequestGetsNoStrategyDiscussion() {
        // Child O §3.3: the medical PRU asked for an ICPC.
        var file = child().add(event("R-1", "conference.requested", "SCHOOL", "2018-03-05"),
                event("V-1", "visit.home", "CSC", "2018-03-20")).file();

        assertThat(findings(file, asOf)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("STRAT_NOT_HELD_ON_CP_REQUEST");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.agencies()).containsExactly("SCHOOL");
            assertThat(f.evidence()).containsExactly("R-1");
            assertThat(f.explanation()).contains("SCHOOL requested a child protection conference on 2018-03-05");
        });
    }

    @Test
    void staysSilentWhenAStrategyDiscussionFollowsTheNextWorkingDay() {
        // Friday request, Monday discussion: one working day.
        var file = child().add(event("R-1", "conference.requested", "SCHOOL", "2018-03-09"),
                event("S-1", "strategy.discussion", "CSC", "2018-03-12")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }

    @Test
    void aSiblingsStrategyMeetingAnswersTheRequest() {
        var file = child().add(event("R-1", "conference.requested", "SCHOOL", "2018-03-09"),
                event("S-1", "strategy.meeting", "CSC", "2018-03-09").children("SIBLING")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }

    @Test
    void firesOnlyOnceTheDeadlineHasPassed() {
        var file = child().add(event("R-1", "conference.requested", "SCHOOL", "2018-03-05")).file();

        assertThat(findings(file, LocalDate.of(2018, 3, 6))).isEmpty();
        assertThat(findings(file, LocalDate.of(2018, 3, 7))).hasSize(1);
    }

    @Test
    void aMonthPreciseRequestRunsFromTheEndOfItsMonth() {
        // March 2018 ends on a Saturday and 2 April was Easter Monday: the next working day is 3 April.
        var file = child().add(event("R-1", "conference.requested", "SCHOOL", "2018-03"),
                event("S-1", "strategy.discussion", "CSC", "2018-04-03")).file();

        assertThat(findings(file, asOf)).isEmpty();
        var unanswered = child().add(event("R-1", "conference.requested", "SCHOOL", "2018-03")).file();
        assertThat(findings(unanswered, LocalDate.of(2018, 4, 3))).isEmpty();
        assertThat(findings(unanswered, LocalDate.of(2018, 4, 4))).hasSize(1);
    }

    @Test
    void aPartnersReportOfSuspectedSignificantHarmToTheLeadAgencyIsARequest() {
        var file = child().add(
                event("C-1", "concern.recorded", "HV", "2018-03-05")
                        .details("{'categories':['significant_harm'],'sharedWith':['CSC']}"),
                event("S-1", "strategy.discussion", "CSC", "2018-04-10"),
                event("R-2", "referral.made", "POLICE", "2018-06-04")
                        .details("{'concerns':['significant_harm'],'referredTo':'MASH'}")).file();

        assertThat(findings(file, asOf)).extracting(Finding::evidence)
                .containsExactly(List.of("C-1", "S-1"), List.of("R-2"));
        assertThat(findings(file, asOf).get(0).explanation())
                .contains("no strategy discussion or meeting for the child followed between 2018-03-05 and 2018-03-06",
                        "the next was the strategy discussion of 2018-04-10 (S-1, CSC)");
    }

    @Test
    void ignoresOrdinaryConcernsUnsharedConcernsAndTheLeadAgencysOwnRecords() {
        var file = child().add(
                event("C-1", "concern.recorded", "HV", "2018-03-05").details("{'categories':['neglect'],'sharedWith':['CSC']}"),
                event("C-2", "concern.recorded", "HV", "2018-03-05").details("{'categories':['significant_harm']}"),
                event("C-3", "concern.recorded", "CSC", "2018-03-05").details("{'categories':['significant_harm']}"),
                event("C-4", "conference.requested", "CSC", "2018-03-05"),
                event("R-1", "referral.made", "HV", "2018-03-05")
                        .details("{'concerns':['significant_harm'],'referredTo':'CAMHS'}"))
                .file();

        assertThat(findings(file, asOf)).isEmpty();
    }

    @Test
    void furtherRequestsBeforeAnyStrategyDiscussionJoinTheFirstFinding() {
        var file = child().add(
                event("C-1", "referral.made", "ED", "2018-03-05")
                        .details("{'concerns':['significant_harm'],'referredTo':'CSC'}"),
                event("R-1", "conference.requested", "HV", "2018-03-06"),
                event("R-2", "conference.requested", "SCHOOL", "2018-05-14").details("{'requestedBy':'SCHOOL'}"))
                .file();

        assertThat(findings(file, asOf)).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("C-1", "R-1", "R-2");
            assertThat(f.agencies()).containsExactly("ED", "HV", "SCHOOL");
            assertThat(f.occurredAt()).isEqualTo("2018-03-05");
        });
    }

    @Test
    void aSection47EnquiryShowsTheStrategyDecisionWasMade() {
        var file = child().add(event("R-1", "conference.requested", "SCHOOL", "2018-03-05"),
                event("E-1", "s47.started", "CSC", "2018-03-06")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }
}
