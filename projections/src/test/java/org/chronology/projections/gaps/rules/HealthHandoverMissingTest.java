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

class HealthHandoverMissingTest {

    private final HealthHandoverMissing rule = new HealthHandoverMissing();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    @Test
    void firesOnAnInformalIncompleteHandover() {
        // Family T: the post-natal ward passed only "looked after child" to the NNU.
        List<Finding> findings = evaluate(child().add(event("T-029", "health.handover", "BHT", "2018-03")
                .details("{'fromService':'post-natal ward','toService':'NNU','formal':false,'incomplete':true}")), asOf);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("HEALTH_HANDOVER_MISSING");
            assertThat(f.evidence()).containsExactly("T-029");
            assertThat(f.agencies()).containsExactly("BHT");
            assertThat(f.occurredAt()).isEqualTo("2018-03");
            assertThat(f.explanation()).contains("post-natal ward", "NNU", "informal and incomplete");
        });
    }

    @Test
    void firesOnATransferWithNoHandover() {
        List<Finding> findings = evaluate(child().add(event("X-1", "hospital.transfer", "BHT", "2018-06-10")
                .details("{'toUnit':'specialist unit'}")), asOf);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("X-1");
            assertThat(f.agencies()).containsExactly("BHT");
            assertThat(f.explanation()).contains("specialist unit", "2018-06-10");
        });
    }

    @Test
    void staysSilentOnAFormalHandover() {
        assertThat(evaluate(child().add(event("X-1", "hospital.transfer", "BHT", "2018-06-10"),
                event("H-1", "health.handover", "BHT", "2018-06-11")
                        .details("{'fromService':'ward','toService':'NNU','formal':true}")), asOf)).isEmpty();
        assertThat(evaluate(child().add(event("X-1", "hospital.transfer", "BHT", "2018-06-10")
                .details("{'formal':true}")), asOf)).isEmpty();
    }

    @Test
    void aTransferWithAnInformalHandoverIsOneFinding() {
        assertThat(evaluate(child().add(event("X-1", "hospital.transfer", "BHT", "2018-06-10"),
                event("H-1", "health.handover", "BHT", "2018-06-10").details("{'formal':false}")), asOf))
                .singleElement().satisfies(f -> {
                    assertThat(f.evidence()).containsExactly("H-1", "X-1");
                    assertThat(f.explanation()).contains("informal");
                });
    }

    @Test
    void readsAMonthPrecisionTransferGenerously() {
        assertThat(evaluate(child().add(event("X-1", "hospital.transfer", "BHT", "2018-06"),
                event("H-1", "health.handover", "BHT", "2018-06-20")), asOf)).isEmpty();
        var file = child().add(event("X-1", "hospital.transfer", "BHT", "2018-06"));
        assertThat(evaluate(file, LocalDate.of(2018, 7, 1))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 7, 2))).hasSize(1);
    }

    @Test
    void waitsForTheDayAfterTheTransfer() {
        var file = child().add(event("X-1", "hospital.transfer", "BHT", "2018-06-10"));

        assertThat(evaluate(file, LocalDate.of(2018, 6, 11))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 6, 12))).hasSize(1);
    }

    @Test
    void ignoresOtherChildren() {
        assertThat(evaluate(child().add(event("X-1", "hospital.transfer", "BHT", "2018-06-10").children("C2"),
                event("H-1", "health.handover", "BHT", "2018-06-10").children("C2").details("{'formal':false}")),
                asOf)).isEmpty();
    }
}
