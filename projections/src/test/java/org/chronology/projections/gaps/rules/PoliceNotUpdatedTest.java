package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.TestCase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.projections.gaps.TestCase.child;
import static org.chronology.projections.gaps.TestCase.event;

/** POLICE_NOT_UPDATED: during a joint investigation, police hear of an admission or new allegation within 24 hours. */
class PoliceNotUpdatedTest {

    private final PoliceNotUpdated rule = new PoliceNotUpdated();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event joint() {
        return event("S-1", "s47.started", "CSC", "2018-05-01").details("{'lead':'joint'}");
    }

    @Test
    void givenAnAdmissionDuringAJointInvestigationAndNoWordToPolice_thenOneFindingForTheInvestigation() {
        List<Finding> findings = evaluate(child().add(joint(),
                event("H-1", "hospital.admission", "BHT", "2018-05-10"),
                event("C-1", "concern.recorded", "HV", "2018-05-20").details("{'categories':['physical_abuse']}")),
                asOf);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("POLICE_NOT_UPDATED");
            assertThat(f.severity().code()).isEqualTo("high");
            assertThat(f.evidence()).containsExactly("H-1", "C-1", "S-1");
            assertThat(f.agencies()).containsExactly("BHT", "HV", "CSC");
            assertThat(f.explanation()).contains("between 2018-05-10 and 2018-05-11");
        });
    }

    @Test
    void givenPoliceToldTheNextDay_thenSilent() {
        assertThat(evaluate(child().add(joint(), event("H-1", "hospital.admission", "BHT", "2018-05-10"),
                event("I-1", "info.shared", "BHT", "2018-05-11").details("{'to':['POLICE']}")), asOf)).isEmpty();
        assertThat(evaluate(child().add(joint(), event("H-1", "hospital.admission", "BHT", "2018-05-10"),
                event("P-1", "police.notified", "POLICE", "2018-05-10")), asOf)).isEmpty();
    }

    @Test
    void givenNoJointInvestigationOrOneConcluded_thenSilent() {
        assertThat(evaluate(child().add(event("S-1", "s47.started", "CSC", "2018-05-01").details("{'lead':'single'}"),
                event("H-1", "hospital.admission", "BHT", "2018-05-10")), asOf)).isEmpty();
        assertThat(evaluate(child().add(joint(), event("S-2", "s47.concluded", "CSC", "2018-05-05"),
                event("H-1", "hospital.admission", "BHT", "2018-05-10")), asOf)).isEmpty();
    }

    @Test
    void givenAStrategyDecisionForAJointEnquiry_thenTheInvestigationIsOpen() {
        assertThat(evaluate(child().add(event("S-1", "strategy.meeting", "CSC", "2018-05-01")
                .details("{'decision':'joint_s47'}"), event("H-1", "hospital.ed_attendance", "ED", "2018-05-10")),
                asOf)).hasSize(1);
    }

    @Test
    void givenAMonthPrecisionAdmission_thenANoticeThatMonthCounts() {
        assertThat(evaluate(child().add(joint(), event("H-1", "hospital.admission", "BHT", "2018-06"),
                event("P-1", "police.notified", "POLICE", "2018-06-03")), asOf)).isEmpty();
        var file = child().add(joint(), event("H-1", "hospital.admission", "BHT", "2018-06"));
        assertThat(evaluate(file, LocalDate.of(2018, 7, 1))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 7, 2))).hasSize(1);
    }
}
