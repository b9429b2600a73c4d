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

/** NAI_SIBLINGS_NOT_CONSIDERED: after a suspected NAI, each sibling's safety is considered within 1 working day. */
class NaiSiblingsNotConsideredTest {

    private final NaiSiblingsNotConsidered rule = new NaiSiblingsNotConsidered();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event sibling(String id) {
        return event("R-" + id, "relationship.recorded", "CSC", "2017-01-01").children("C1", id)
                .details("{'person':'" + id + "','relationship':'sibling','of':'C1'}");
    }

    private static TestCase.Event nai(String date) {
        return event("I-1", "injury.diagnosed", "BHT", date).details("{'suspectedNAI':true}");
    }

    @Test
    void givenASiblingWithNothingOfTheirOwn_thenOneHighFindingNamingThem() {
        assertThat(evaluate(child().add(sibling("C2"), sibling("C3"), nai("2018-06-04"),
                event("M-2", "medical.cp_medical", "BHT", "2018-06-05").children("C3")), asOf)).singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("NAI_SIBLINGS_NOT_CONSIDERED");
                    assertThat(f.severity().code()).isEqualTo("high");
                    assertThat(f.evidence()).containsExactly("I-1");
                    assertThat(f.explanation()).contains("the sibling C2", "between 2018-06-04 and 2018-06-05")
                            .doesNotContain("C3");
                });
    }

    @Test
    void givenAStrategyNamingTheSiblingOrTheSiblingPlaced_thenSilent() {
        assertThat(evaluate(child().add(sibling("C2"), nai("2018-06-04"),
                event("S-1", "strategy.discussion", "CSC", "2018-06-04").children("C1", "C2")), asOf)).isEmpty();
        assertThat(evaluate(child().add(sibling("C2"), nai("2018-06-04"),
                event("S-1", "placement.started", "CSC", "2018-06-05").children("C2")), asOf)).isEmpty();
    }

    @Test
    void givenSiblingsByAParentInCommon_thenTheyCount() {
        assertThat(evaluate(child().add(
                event("R-1", "relationship.recorded", "CSC", "2017-01-01").adults("M1")
                        .details("{'person':'M1','relationship':'mother','of':'C1'}"),
                event("R-2", "relationship.recorded", "CSC", "2017-01-01").children("C2").adults("M1")
                        .details("{'person':'M1','relationship':'mother','of':'C2'}"), nai("2018-06-04")), asOf))
                .hasSize(1);
    }

    @Test
    void givenNoSiblingOrAnAdultSibling_thenSilent() {
        assertThat(evaluate(child().add(nai("2018-06-04")), asOf)).isEmpty();
        assertThat(evaluate(child().add(sibling("C2"), event("P-2", "person.recorded", "CSC", "2017-01-01")
                .children("C2").details("{'dateOfBirth':'1995-01-01'}"), nai("2018-06-04")), asOf)).isEmpty();
    }

    @Test
    void givenMonthPrecisionDates_thenAnEntryThatMonthCountsAndTheRuleWaits() {
        assertThat(evaluate(child().add(sibling("C2"), nai("2018-06"),
                event("M-2", "medical.cp_medical", "BHT", "2018-06").children("C2")), asOf)).isEmpty();
        var file = child().add(sibling("C2"), nai("2018-06"));
        assertThat(evaluate(file, LocalDate.of(2018, 7, 2))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 7, 3))).hasSize(1);
    }
}
