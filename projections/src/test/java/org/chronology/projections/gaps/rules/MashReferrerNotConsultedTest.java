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

class MashReferrerNotConsultedTest {

    private final MashReferrerNotConsulted rule = new MashReferrerNotConsulted();

    private List<Finding> findings(CaseFile file) {
        return rule.evaluate(file, LocalDate.of(2020, 1, 1), Parameters.defaults(rule));
    }

    @Test
    void firesWhenAnElectronicReferralIsDecidedWithoutTalkingToTheReferrer() {
        // Baby L §1.5: the MASH decided an electronic referral without discussing it with the referrer.
        var file = child().add(
                event("R-1", "referral.made", "HV", "2019-02-04").details("{'referredTo':'MASH','channel':'electronic'}"),
                event("D-1", "referral.decision", "MASH", "2019-02-05")
                        .details("{'referralEventId':'R-1','decision':'early_help'}")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("MASH_REFERRER_NOT_CONSULTED");
            assertThat(f.agencies()).containsExactly("MASH", "HV");
            assertThat(f.evidence()).containsExactly("D-1", "R-1");
            assertThat(f.explanation()).isEqualTo("MASH decided 'early help' on 2019-02-05 (D-1) on HV's electronic "
                    + "referral of 2019-02-04 (R-1) with no exchange with HV between 2019-02-04 and 2019-02-05.");
        });
    }

    @Test
    void staysSilentWhenTheFrontDoorAsksTheReferrerOrTheReferrerSendsMore() {
        var asked = child().add(
                event("R-1", "referral.made", "SCHOOL", "2019-02-04").details("{'referredTo':'MASH','channel':'marf'}"),
                event("Q-1", "info.requested", "MASH", "2019-02-04").details("{'to':['SCHOOL']}"),
                event("D-1", "referral.decision", "MASH", "2019-02-05")).file();
        var sentMore = child().add(
                event("R-1", "referral.made", "SCHOOL", "2019-02-04").details("{'referredTo':'MASH','channel':'email'}"),
                event("I-1", "info.shared", "SCHOOL", "2019-02-05").details("{'to':['MASH']}"),
                event("D-1", "referral.decision", "MASH", "2019-02-05")).file();

        assertThat(findings(asked)).isEmpty();
        assertThat(findings(sentMore)).isEmpty();
    }

    @Test
    void ignoresSpokenReferralsUnrecordedChannelsAndTheLeadAgencysOwn() {
        var file = child().add(
                event("R-1", "referral.made", "HV", "2019-02-04").details("{'referredTo':'MASH','channel':'telephone'}"),
                event("D-1", "referral.decision", "MASH", "2019-02-05"),
                event("R-2", "referral.made", "HV", "2019-03-04").details("{'referredTo':'MASH'}"),
                event("D-2", "referral.decision", "MASH", "2019-03-05"),
                event("R-3", "referral.made", "CSC", "2019-04-01").details("{'referredTo':'CSC','channel':'marf'}"),
                event("D-3", "referral.decision", "CSC", "2019-04-02")).file();

        assertThat(findings(file)).isEmpty();
    }

    @Test
    void decisionsWithoutAnIdTakeTheLatestUndecidedReferral() {
        var file = child().add(
                event("R-1", "referral.made", "HV", "2019-02-04").details("{'referredTo':'MASH','channel':'electronic'}"),
                event("D-1", "referral.decision", "MASH", "2019-02-05"),
                event("R-2", "referral.made", "POLICE", "2019-03").details("{'referredTo':'MASH','channel':'email',"
                        + "'referrerAgency':'POLICE'}"),
                event("D-2", "referral.decision", "MASH", "2019-03")).file();

        assertThat(findings(file)).extracting(Finding::evidence)
                .containsExactly(List.of("D-1", "R-1"), List.of("D-2", "R-2"));
    }
}
