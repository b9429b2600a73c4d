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

class SwTurnoverTest {

    private final SwTurnover rule = new SwTurnover();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private static TestCase.Event allocated(String id, String date, String worker) {
        return event(id, "worker.allocated", "CSC", date).worker(worker, "SOCIAL_WORKER");
    }

    private List<Finding> evaluate(TestCase file) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    @Test
    void firesOnThreeSocialWorkersWithinNinetyDays() {
        List<Finding> findings = evaluate(child().add(allocated("A-1", "2018-03-01", "W1"),
                allocated("A-2", "2018-04-10", "W2"), allocated("A-3", "2018-05-01", "W3")));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("SW_TURNOVER");
            assertThat(f.evidence()).containsExactly("A-1", "A-2", "A-3");
            assertThat(f.agencies()).containsExactly("CSC");
            assertThat(f.occurredAt()).isEqualTo("2018-03-01");
            assertThat(f.explanation()).contains("3 social workers in 61 days (2 changes)");
        });
    }

    @Test
    void staysSilentWhenChangesAreSpreadOut() {
        assertThat(evaluate(child().add(allocated("A-1", "2018-01-05", "W1"), allocated("A-2", "2018-05-01", "W2"),
                allocated("A-3", "2018-09-01", "W3")))).isEmpty();
    }

    @Test
    void countsTheWorkerInPostBeforeTheWindow() {
        // W1 since 2016; W2 and W3 within 61 days: three workers held the case within 90 days.
        List<Finding> findings = evaluate(child().add(allocated("A-1", "2016-01-04", "W1"),
                allocated("A-2", "2018-04-02", "W2"), allocated("A-3", "2018-06-01", "W3")));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("A-2", "A-1", "A-3");
            assertThat(f.explanation()).contains("3 social workers in 60 days (2 changes)");
        });
    }

    @Test
    void doesNotCountAWorkerWhoLeftBeforeTheWindow() {
        assertThat(evaluate(child().add(allocated("A-1", "2016-01-04", "W1"),
                event("L-1", "worker.left", "CSC", "2017-06-01").worker("W1", "SOCIAL_WORKER"),
                allocated("A-2", "2018-04-02", "W2"), allocated("A-3", "2018-06-01", "W3")))).isEmpty();
    }

    @Test
    void countsAWorkerKnownOnlyFromLeaving() {
        List<Finding> findings = evaluate(child().add(
                event("L-1", "worker.left", "CSC", "2018-03-01").worker("W1", "SOCIAL_WORKER"),
                allocated("A-2", "2018-03-15", "W2"), allocated("A-3", "2018-05-01", "W3")));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("L-1", "A-2", "A-3");
            assertThat(f.explanation()).contains("3 social workers in 61 days (2 changes)");
        });
    }

    @Test
    void countsRightWhenEntriesArriveOutOfOrder() {
        List<Finding> findings = evaluate(child().add(allocated("A-3", "2018-05-01", "W3"),
                allocated("A-1", "2018-03-01", "W1"), allocated("A-2", "2018-04-10", "W2")));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("A-1", "A-2", "A-3");
            assertThat(f.explanation()).contains("3 social workers in 61 days (2 changes)");
        });
    }

    @Test
    void monthPrecisionAllocationsCountFromTheStartOfTheirPeriod() {
        List<Finding> findings = evaluate(child().add(
                event("T-031", "worker.allocated", "CSC", "2018-03").worker("SW-A", "SOCIAL_WORKER"),
                event("T-0xx", "worker.allocated", "CSC", null).between("2018-03-01", "2018-05-31")
                        .worker("SW-B", "SOCIAL_WORKER"),
                event("T-050", "worker.allocated", "CSC", "2018-05").worker("SW-C", "SOCIAL_WORKER")));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("T-031", "T-0xx", "T-050");
            assertThat(f.occurredAt()).isEqualTo("2018-03");
            assertThat(f.explanation()).contains("3 social workers in 61 days (2 changes)");
        });
    }

    @Test
    void monthPrecisionChangesMoreThanTheWindowApartStaySilent() {
        assertThat(evaluate(child().add(
                event("A-1", "worker.allocated", "CSC", "2018-01").worker("W1", "SOCIAL_WORKER"),
                event("A-2", "worker.allocated", "CSC", "2018-03").worker("W2", "SOCIAL_WORKER"),
                event("A-3", "worker.allocated", "CSC", "2018-07").worker("W3", "SOCIAL_WORKER")))).isEmpty();
    }

    @Test
    void reallocatingTheSameWorkerDoesNotCountTwice() {
        assertThat(evaluate(child().add(allocated("A-1", "2018-03-01", "W1"), allocated("A-2", "2018-03-20", "W2"),
                allocated("A-3", "2018-04-15", "W1")))).isEmpty();
    }

    @Test
    void overlappingWindowsMakeOneFinding() {
        List<Finding> findings = evaluate(child().add(allocated("A-1", "2018-03-01", "W1"),
                allocated("A-2", "2018-03-20", "W2"), allocated("A-3", "2018-04-10", "W3"),
                allocated("A-4", "2018-05-01", "W4")));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("A-1", "A-2", "A-3", "A-4");
            assertThat(f.explanation()).contains("4 social workers in 61 days (3 changes)");
        });
    }

    @Test
    void separateClustersMakeSeparateFindings() {
        List<Finding> findings = evaluate(child().add(allocated("A-1", "2017-01-02", "W1"),
                allocated("A-2", "2017-02-01", "W2"), allocated("A-3", "2017-03-01", "W3"),
                allocated("B-1", "2018-01-02", "W4"), allocated("B-2", "2018-02-01", "W5"),
                allocated("B-3", "2018-03-01", "W6")));

        // W3 held the case until B-1, so the second cluster has four workers.
        assertThat(findings).extracting(Finding::evidence)
                .containsExactly(List.of("A-1", "A-2", "A-3"), List.of("B-1", "A-3", "B-2", "B-3"));
        assertThat(findings.get(1).explanation()).contains("4 social workers in 58 days (3 changes)");
    }

    @Test
    void ignoresOtherRolesAndOtherChildren() {
        assertThat(evaluate(child().add(allocated("A-1", "2018-03-01", "W1"),
                event("A-2", "worker.allocated", "CSC", "2018-03-20").worker("PA1", "PERSONAL_ADVISER"),
                event("A-3", "worker.allocated", "HV", "2018-04-10").worker("HV1", "HEALTH_VISITOR"),
                allocated("A-4", "2018-04-20", "W4").children("C2")))).isEmpty();
    }

    @Test
    void readsTheRoleFromDetailsWhenNoWorkerIsGiven() {
        List<Finding> findings = evaluate(child().add(
                event("A-1", "worker.allocated", "CSC", "2018-03").details("{'role':'SW'}"),
                event("A-2", "worker.allocated", "CSC", "2018-04").details("{'role':'SW and PA'}"),
                event("A-3", "worker.allocated", "CSC", "2018-05").details("{'role':'SW'}")));

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.evidence())
                .containsExactly("A-1", "A-2", "A-3"));
    }

    @Test
    void thresholdAndWindowAreConfigurable() {
        var file = child().add(allocated("A-1", "2018-03-01", "W1"), allocated("A-2", "2018-04-10", "W2"),
                allocated("A-3", "2018-05-01", "W3")).file();

        assertThat(rule.evaluate(file, asOf, new Parameters(rule.name(), rule.parameters(),
                TestCase.overrides("W", "20d")))).isEmpty();
        assertThat(rule.evaluate(file, asOf, new Parameters(rule.name(), rule.parameters(),
                TestCase.overrides("K", "4")))).isEmpty();
        assertThat(rule.evaluate(file, asOf, new Parameters(rule.name(), rule.parameters(),
                TestCase.overrides("K", "2", "W", "20d")))).extracting(Finding::evidence)
                .containsExactly(List.of("A-2", "A-1"), List.of("A-3", "A-2"));
    }

    @Test
    void givenAllocationsForTheMother_whenJudgingTheBaby_thenTheyDoNotCount() {
        assertThat(evaluate(child().add(
                allocated("A-1", "2018-03-01", "W1").details("{'forPerson':'M'}"),
                allocated("A-2", "2018-03-20", "W2").details("{'forPerson':'M'}"),
                allocated("A-3", "2018-04-10", "W3").details("{'forPerson':'M'}")))).isEmpty();
    }

    @Test
    void givenAllocationsForTheChildRecordedOnTheMothersEntries_thenTheyCount() {
        assertThat(evaluate(child().add(
                allocated("A-1", "2018-03-01", "W1").children("M").details("{'forPerson':'C1'}"),
                allocated("A-2", "2018-03-20", "W2").children("M").details("{'forPerson':'C1'}"),
                allocated("A-3", "2018-04-10", "W3").children("M").details("{'forPerson':'C1'}")))).hasSize(1);
    }
}
