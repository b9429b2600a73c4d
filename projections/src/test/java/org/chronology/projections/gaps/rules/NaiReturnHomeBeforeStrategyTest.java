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

/**
 * NAI_RETURN_HOME_BEFORE_STRATEGY: after a suspected NAI the child does not go home before a strategy discussion,
 * an enquiry's outcome or a safety arrangement; and a section 47 enquiry records how the child is kept safe.
 */
class NaiReturnHomeBeforeStrategyTest {

    private final NaiReturnHomeBeforeStrategy rule = new NaiReturnHomeBeforeStrategy();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event nai(String date) {
        return event("E-1", "hospital.ed_attendance", "ED", date).details("{'suspectedNAI':true}");
    }

    @Test
    void givenTheChildDischargedBeforeAnyStrategy_thenOneHighFinding() {
        assertThat(evaluate(child().add(nai("2018-06-04"), event("D-1", "hospital.discharge", "ED", "2018-06-05"),
                event("S-1", "strategy.discussion", "CSC", "2018-06-07")), asOf)).singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("NAI_RETURN_HOME_BEFORE_STRATEGY");
                    assertThat(f.severity().code()).isEqualTo("high");
                    assertThat(f.evidence()).containsExactly("E-1", "D-1");
                    assertThat(f.explanation()).contains("between 2018-06-04 and 2018-06-05");
                });
    }

    @Test
    void givenAStrategyOrASafetyArrangementBeforeTheDischarge_thenSilent() {
        assertThat(evaluate(child().add(nai("2018-06-04"), event("S-1", "strategy.discussion", "CSC", "2018-06-05"),
                event("D-1", "hospital.discharge", "ED", "2018-06-05")), asOf)).isEmpty();
        assertThat(evaluate(child().add(nai("2018-06-04"),
                event("W-1", "written_agreement.made", "CSC", "2018-06-05").details("{'parties':['M1']}"),
                event("D-1", "hospital.discharge", "ED", "2018-06-05")), asOf)).isEmpty();
    }

    @Test
    void givenMonthPrecisionDates_thenAStrategyThatMayComeFirstCounts() {
        assertThat(evaluate(child().add(nai("2018-06"), event("D-1", "hospital.discharge", "ED", "2018-06"),
                event("S-1", "strategy.meeting", "CSC", "2018-06")), asOf)).isEmpty();
    }

    @Test
    void givenAnEnquiryWithNoSafetyArrangement_thenFires() {
        assertThat(evaluate(child().add(event("S-1", "s47.started", "CSC", "2019-03-04")), LocalDate.of(2019, 6, 1)))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity().code()).isEqualTo("medium");
                    assertThat(f.evidence()).containsExactly("S-1");
                    assertThat(f.explanation()).contains("between 2018-12-04 and 2019-03-06");
                });
    }

    @Test
    void givenAnEnquiryWithAWrittenAgreementOrThePlacementBefore_thenSilent() {
        assertThat(evaluate(child().add(event("S-1", "s47.started", "CSC", "2019-03-04"),
                event("W-1", "written_agreement.made", "CSC", "2019-03-05")), LocalDate.of(2019, 6, 1))).isEmpty();
        assertThat(evaluate(child().add(event("P-1", "child.accommodated", "CSC", "2019-02-20"),
                event("S-1", "s47.started", "CSC", "2019-03-04")), LocalDate.of(2019, 6, 1))).isEmpty();
    }

    @Test
    void givenAnUndatedEnquiry_thenItWaitsForItsLastPossibleDay() {
        var file = child().add(event("S-1", "s47.started", "CSC", "2019"));
        assertThat(evaluate(file, LocalDate.of(2020, 1, 2))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2020, 1, 6))).hasSize(1);
    }
}
