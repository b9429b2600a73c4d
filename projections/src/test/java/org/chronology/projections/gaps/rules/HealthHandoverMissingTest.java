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

/** HEALTH_HANDOVER_MISSING: when a child's care moves between health services, a formal handover is recorded. */
class HealthHandoverMissingTest {

    private final HealthHandoverMissing rule = new HealthHandoverMissing();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    @Test
    void givenAHandoverRecordedAsNotFormal_thenFiresOnIt() {
        List<Finding> findings = evaluate(child().add(event("T-029", "health.handover", "BHT", "2018-03")
                .details("{'fromService':'post-natal ward','toService':'NNU','formal':false}")), asOf);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("HEALTH_HANDOVER_MISSING");
            assertThat(f.severity().code()).isEqualTo("medium");
            assertThat(f.evidence()).containsExactly("T-029");
            assertThat(f.explanation()).contains("from post-natal ward to NNU", "not a formal handover");
        });
    }

    @Test
    void givenATransferWithNoHandover_thenFiresOnTheTransfer() {
        assertThat(evaluate(child().add(event("X-1", "hospital.transfer", "BHT", "2018-06-10")
                .details("{'toUnit':'PICU'}")), asOf)).singleElement().satisfies(f -> {
                    assertThat(f.evidence()).containsExactly("X-1");
                    assertThat(f.explanation()).contains("to PICU", "between 2018-06-09 and 2018-06-11");
                });
    }

    @Test
    void givenAFormalHandoverWithinADay_thenSilent() {
        assertThat(evaluate(child().add(event("X-1", "hospital.transfer", "BHT", "2018-06-10"),
                event("H-1", "health.handover", "BHT", "2018-06-11").details("{'formal':true}")), asOf)).isEmpty();
    }

    @Test
    void givenATransferWithAnInformalHandover_thenOneFindingOnTheHandover() {
        assertThat(evaluate(child().add(event("X-1", "hospital.transfer", "BHT", "2018-06-10"),
                event("H-1", "health.handover", "BHT", "2018-06-10").details("{'formal':false}")), asOf))
                .singleElement().satisfies(f -> assertThat(f.evidence()).containsExactly("H-1", "X-1"));
    }

    @Test
    void givenAMonthPrecisionTransfer_thenAHandoverThatMonthCountsAndTheRuleWaitsForTheMonthsEnd() {
        assertThat(evaluate(child().add(event("X-1", "hospital.transfer", "BHT", "2018-06"),
                event("H-1", "health.handover", "BHT", "2018-06-20")), asOf)).isEmpty();
        var file = child().add(event("X-1", "hospital.transfer", "BHT", "2018-06"));
        assertThat(evaluate(file, LocalDate.of(2018, 7, 1))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 7, 2))).hasSize(1);
    }

    @Test
    void givenAHealthVisitorNewAfterTheBirthOfAChildKnownToTheLeadAgencyAndNoHandover_thenFires() {
        List<Finding> findings = evaluate(child().add(event("R-1", "referral.made", "MW", "2018-01-10")
                        .details("{'referredTo':'CSC'}"),
                event("B-1", "health.birth", "BHT", "2018-03-01"),
                event("V-1", "visit.home", "HV", "2018-03-20")), asOf);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("V-1", "B-1");
            assertThat(f.agencies()).containsExactly("HV");
            assertThat(f.explanation()).contains("between 2018-03-01 and 2018-03-21");
        });
    }

    @Test
    void givenAHandoverToTheHealthVisitorOrNoLeadAgencyInvolvement_thenSilent() {
        assertThat(evaluate(child().add(event("R-1", "referral.made", "MW", "2018-01-10").details("{'referredTo':'CSC'}"),
                event("B-1", "health.birth", "BHT", "2018-03-01"),
                event("H-1", "health.handover", "MW", "2018-03-12").details("{'toAgency':'HV','formal':true}"),
                event("V-1", "visit.home", "HV", "2018-03-20")), asOf)).isEmpty();
        assertThat(evaluate(child().add(event("A-1", "appointment.attended", "MW", "2018-01-10"),
                event("B-1", "health.birth", "BHT", "2018-03-01"),
                event("V-1", "visit.home", "HV", "2018-03-20")), asOf)).isEmpty();
    }

    @Test
    void givenAnotherChildsTransfer_thenSilent() {
        assertThat(evaluate(child().add(event("X-1", "hospital.transfer", "BHT", "2018-06-10").children("C2")), asOf))
                .isEmpty();
    }
}
