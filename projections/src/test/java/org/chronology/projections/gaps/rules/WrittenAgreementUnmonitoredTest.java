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

class WrittenAgreementUnmonitoredTest {

    private final WrittenAgreementUnmonitored rule = new WrittenAgreementUnmonitored();
    private final LocalDate asOf = LocalDate.of(2020, 1, 1);

    private List<Finding> findings(CaseFile file, LocalDate asOf) {
        return rule.evaluate(file, asOf, Parameters.defaults(rule));
    }

    @Test
    void firesWhenTheAgreementIsNotSentToAnActivePartner() {
        // Baby E §1.2.4: the agreement excluding the partner from childcare was not shared with the health visitor.
        var file = child().add(
                event("H-1", "visit.home", "HV", "2019-02-11"),
                event("G-1", "appointment.attended", "GP", "2019-02-12"),
                event("W-1", "written_agreement.made", "CSC", "2019-03-04")
                        .details("{'parties':['M','P'],'copiedTo':['GP']}")).file();

        assertThat(findings(file, asOf)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("WRITTEN_AGREEMENT_UNMONITORED");
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.agencies()).containsExactly("HV");
            assertThat(f.evidence()).containsExactly("W-1", "H-1");
            assertThat(f.explanation()).isEqualTo("The written agreement of 2019-03-04 (W-1, CSC) was not sent to HV "
                    + "(involved in the 90 days before: H-1 2019-02-11); copied to: GP.");
        });
    }

    @Test
    void staysSilentWhenTheAgreementIsCopiedOrSentTheNextWorkingDay() {
        var file = child().add(
                event("H-1", "visit.home", "HV", "2019-02-11"),
                event("S-1", "contact.in_person", "SCHOOL", "2019-02-12"),
                event("W-1", "written_agreement.made", "CSC", "2019-03-08").details("{'copiedTo':['HV']}"),
                event("I-1", "info.shared", "CSC", "2019-03-11").details("{'to':['SCHOOL']}")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }

    @Test
    void firesWhenARecordedBreachIsNotActedOn() {
        // Baby E §3.1.23: the partner was left caring for the baby against the agreement; nothing followed.
        var file = child().add(
                event("W-1", "written_agreement.made", "CSC", "2019-03-04").details("{'copiedTo':[]}"),
                event("B-1", "concern.recorded", "HV", "2019-04-01").details("{'categories':['agreement_breach']}"),
                event("V-1", "visit.home", "HV", "2019-04-02")).file();

        assertThat(findings(file, asOf)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.evidence()).containsExactly("B-1", "W-1");
            assertThat(f.explanation()).isEqualTo("HV recorded a breach of the written agreement of 2019-03-04 (W-1) "
                    + "on 2019-04-01 (B-1), and the lead agency took no action and the police were not told between "
                    + "2019-04-01 and 2019-04-02.");
        });
    }

    @Test
    void staysSilentWhenTheLeadAgencyOrThePoliceActOnTheBreach() {
        var visited = child().add(
                event("B-1", "concern.recorded", "HV", "2019-04-01").details("{'categories':['agreement_breach']}"),
                event("V-1", "visit.home", "CSC", "2019-04-02")).file();
        var police = child().add(
                event("B-1", "concern.recorded", "HV", "2019-04-01").details("{'categories':['agreement_breach']}"),
                event("P-1", "police.notified", "HV", "2019-04-01")).file();

        assertThat(findings(visited, asOf)).isEmpty();
        assertThat(findings(police, asOf)).isEmpty();
        assertThat(findings(child().add(event("B-1", "concern.recorded", "HV", "2019-04-01")
                .details("{'categories':['agreement_breach']}")).file(), LocalDate.of(2019, 4, 2))).isEmpty();
    }
}
