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

class StratNoHealthTest {

    private final StratNoHealth rule = new StratNoHealth();

    private List<Finding> findings(CaseFile file) {
        return rule.evaluate(file, LocalDate.of(2020, 1, 1), Parameters.defaults(rule));
    }

    @Test
    void firesWhenNoHealthAgencyIsInvitedAndNamesTheHealthAgenciesAlreadyInvolved() {
        var file = child().add(
                event("H-1", "visit.home", "HV", "2019-01-20"),
                event("S-1", "strategy.discussion", "CSC", "2019-02-04").details("{'invited':['CSC','POLICE']}")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("STRAT_NO_HEALTH");
            assertThat(f.agencies()).containsExactly("CSC");
            assertThat(f.evidence()).containsExactly("S-1", "H-1");
            assertThat(f.explanation()).contains("2019-02-04", "included no health agency", "HV (involved before: H-1");
        });
    }

    @Test
    void firesEvenWhenNoHealthAgencyHadBeenInvolved() {
        var file = child().add(
                event("S-1", "strategy.meeting", "CSC", "2019-02").details("{'attended':['CSC','POLICE']}")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> assertThat(f.occurredAt()).isEqualTo("2019-02"));
    }

    @Test
    void staysSilentWhenAHealthAgencyIsInvitedAttendsOrConvenes() {
        var file = child().add(
                event("S-1", "strategy.discussion", "CSC", "2019-02-04").details("{'invited':['CSC','POLICE','GP']}"),
                event("S-2", "strategy.discussion", "CSC", "2019-03-04").details("{'invited':['CSC'],'attended':['BHT']}"),
                event("S-3", "strategy.discussion", "BHT", "2019-04-04").details("{'invited':['CSC','POLICE']}")).file();

        assertThat(findings(file)).isEmpty();
    }

    @Test
    void withNoRecordedInviteesFiresUnlessAHealthAgencyIsSeenTakingPart() {
        // Baby L §1.7: relevant professionals, including health, were not identified or invited.
        var silent = child().add(event("H-1", "visit.home", "HV", "2019-01-20"),
                event("S-1", "strategy.meeting", "CSC", "2019-02-04")).file();
        var healthShared = child().add(event("H-1", "visit.home", "HV", "2019-01-20"),
                event("I-1", "info.shared", "HV", "2019-02-01").details("{'to':['CSC']}"),
                event("S-1", "strategy.meeting", "CSC", "2019-02-04")).file();
        var healthRecordedIt = child().add(event("S-2", "strategy.meeting", "BHT", "2019-02-04"),
                event("S-1", "strategy.meeting", "CSC", "2019-02-04")).file();

        assertThat(findings(silent)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.explanation()).contains("records no invitees, and nothing shows a health agency taking part",
                    "HV (involved before: H-1 2019-01-20)");
        });
        assertThat(findings(healthShared)).isEmpty();
        assertThat(findings(healthRecordedIt)).isEmpty();
    }

    @Test
    void withNoRecordedInviteesAHealthActionTheLeadAgencyRecordedAroundItShowsHealthTakingPart() {
        // Family T, June 2018: the strategy meeting followed a child protection medical CSC recorded for the hospital.
        var medical = child().add(event("M-1", "medical.cp_medical", "CSC", "2018-06").actingAgency("BHT"),
                event("S-1", "strategy.meeting", "CSC", "2018-06")).file();
        var monthsBefore = child().add(event("M-1", "medical.cp_medical", "CSC", "2018-03-01").actingAgency("BHT"),
                event("S-1", "strategy.meeting", "CSC", "2018-06-12")).file();
        var healthRecordedItself = child().add(event("M-1", "medical.cp_medical", "BHT", "2018-06-11"),
                event("S-1", "strategy.meeting", "CSC", "2018-06-12")).file();

        assertThat(findings(medical)).isEmpty();
        assertThat(findings(monthsBefore)).hasSize(1);
        assertThat(findings(healthRecordedItself)).hasSize(1);
    }
}
