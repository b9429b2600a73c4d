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

class ReopenWithoutVisitTest {

    private final ReopenWithoutVisit rule = new ReopenWithoutVisit();
    private final LocalDate asOf = LocalDate.of(2019, 12, 31);

    private List<Finding> evaluate(TestCase file) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase reopenedAfterAPoliceIncident(TestCase.Event... between) {
        return child().add(event("P-1", "police.incident", "POLICE", "2018-05-02"),
                event("O-1", "case.reopened", "CSC", "2018-05-03")).add(between)
                .add(event("C-1", "case.closed", "CSC", "2018-05-20"));
    }

    @Test
    void givenAReopenedCaseClosedUnseenAndWithoutPartners_thenItFiresOnTheClosure() {
        assertThat(evaluate(reopenedAfterAPoliceIncident(
                event("V-1", "visit.home", "CSC", "2018-05-10").details("{'outcome':'no_access'}"))))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("REOPEN_WITHOUT_VISIT");
                    assertThat(f.evidence()).containsExactly("C-1", "O-1");
                    assertThat(f.occurredAt()).isEqualTo("2018-05-20");
                    assertThat(f.explanation()).contains("between 2018-05-03 and 2018-05-20");
                });
    }

    @Test
    void givenAHomeVisitSeeingTheChild_thenSilent() {
        assertThat(evaluate(reopenedAfterAPoliceIncident(
                event("V-1", "visit.home", "CSC", "2018-05-10").details("{'outcome':'seen'}")))).isEmpty();
    }

    @Test
    void givenInformationAskedOfAnotherAgency_thenSilent() {
        assertThat(evaluate(reopenedAfterAPoliceIncident(
                event("I-1", "info.requested", "CSC", "2018-05-08").details("{'to':['HV']}")))).isEmpty();
    }

    @Test
    void givenAMonthPreciseVisitThatMayFallInside_thenSilent() {
        assertThat(evaluate(reopenedAfterAPoliceIncident(
                event("V-1", "visit.home", "CSC", "2018-05").details("{'childSeen':true}")))).isEmpty();
    }

    @Test
    void givenAFirstOpeningAndClosure_thenSilent() {
        assertThat(evaluate(child().add(event("O-1", "case.opened", "CSC", "2018-05-03"),
                event("C-1", "case.closed", "CSC", "2018-05-20")))).isEmpty();
    }

    @Test
    void givenAnOpeningAfterAnEarlierClosure_thenItIsAReopening() {
        assertThat(evaluate(child().add(event("C-0", "case.closed", "CSC", "2017-05-20"),
                event("O-1", "case.opened", "MASH", "2018-05-03"),
                event("C-1", "case.closed", "CSC", "2018-05-20")))).hasSize(1);
    }
}
