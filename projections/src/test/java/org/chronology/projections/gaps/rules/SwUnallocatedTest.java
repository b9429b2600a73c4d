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

class SwUnallocatedTest {

    private final SwUnallocated rule = new SwUnallocated();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event left(String id, String date, String worker) {
        return event(id, "worker.left", "CSC", date).worker(worker, "SOCIAL_WORKER");
    }

    private static TestCase.Event allocated(String id, String date, String worker) {
        return event(id, "worker.allocated", "CSC", date).worker(worker, "SOCIAL_WORKER");
    }

    @Test
    void firesWhenNoSocialWorkerIsAllocatedWithinFiveWorkingDays() {
        // 2018-03-01 + 5 working days = 2018-03-08; the next allocation comes on 2018-03-20.
        List<Finding> findings = evaluate(child().add(allocated("A-0", "2017-06-01", "W1"),
                left("L-1", "2018-03-01", "W1"), allocated("A-1", "2018-03-20", "W2")), asOf);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("SW_UNALLOCATED");
            assertThat(f.evidence()).containsExactly("L-1", "A-1");
            assertThat(f.agencies()).containsExactly("CSC");
            assertThat(f.explanation()).contains("social worker", "2018-03-01", "2018-03-20");
        });
    }

    @Test
    void staysSilentWhenANewWorkerIsAllocatedInTime() {
        assertThat(evaluate(child().add(left("L-1", "2018-03-01", "W1"), allocated("A-1", "2018-03-08", "W2")),
                asOf)).isEmpty();
    }

    @Test
    void staysSilentWhenTheReplacementWasAllocatedBeforeTheLeaving() {
        assertThat(evaluate(child().add(allocated("A-0", "2017-06-01", "W1"), allocated("A-1", "2018-02-26", "W2"),
                left("L-1", "2018-03-01", "W1")), asOf)).isEmpty();
        // ... unless the replacement had itself left by then.
        assertThat(evaluate(child().add(allocated("A-1", "2018-02-01", "W2"),
                left("L-2", "2018-02-20", "W2"), left("L-1", "2018-03-01", "W1")), asOf)).hasSize(2);
    }

    @Test
    void reallocatingTheLeavingWorkerDoesNotCount() {
        assertThat(evaluate(child().add(left("L-1", "2018-03", "W1"), allocated("A-1", "2018-03-05", "W1")), asOf))
                .singleElement().satisfies(f -> assertThat(f.evidence()).containsExactly("L-1"));
    }

    @Test
    void waitsUntilTheDeadlineHasPassed() {
        var file = child().add(left("L-1", "2018-03-01", "W1"));

        assertThat(evaluate(file, LocalDate.of(2018, 3, 8))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 3, 9))).hasSize(1);
    }

    @Test
    void readsAMonthPrecisionLeavingGenerously() {
        // Left in March 2018: the deadline runs from 31 March (Easter Monday 2 April is not a working day): 9 April.
        var file = child().add(left("L-1", "2018-03", "W1"));

        assertThat(evaluate(file, LocalDate.of(2018, 4, 9))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 4, 10))).hasSize(1);
        assertThat(evaluate(child().add(left("L-1", "2018-03", "W1"), allocated("A-1", "2018-04-06", "W2")),
                asOf)).isEmpty();
    }

    @Test
    void staysSilentOnAClosedCaseUnlessItWasReopened() {
        assertThat(evaluate(child().add(event("X-1", "case.closed", "CSC", "2018-02-01"),
                left("L-1", "2018-03-01", "W1")), asOf)).isEmpty();
        assertThat(evaluate(child().add(event("X-1", "case.closed", "CSC", "2018-02-01"),
                event("X-2", "case.reopened", "CSC", "2018-02-20"), left("L-1", "2018-03-01", "W1")), asOf))
                .hasSize(1);
    }

    @Test
    void aClosureSoonAfterTheLeavingEndsTheNeed() {
        assertThat(evaluate(child().add(left("L-1", "2018-03-01", "W1"),
                event("X-1", "case.closed", "CSC", "2018-03-05")), asOf)).isEmpty();
    }

    @Test
    void personalAdviserNeedsAPersonalAdviser() {
        List<Finding> findings = evaluate(child().add(
                event("L-1", "worker.left", "CSC", "2018-03-01").worker("PA1", "PERSONAL_ADVISER"),
                allocated("A-1", "2018-03-02", "W2")), asOf);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("L-1");
            assertThat(f.explanation()).contains("personal adviser");
        });
    }

    @Test
    void familyTMotherShape() {
        // Family T: Mother's SW and PA leaving notified Nov 2017; new SW Jan 2018; new SW and PA Feb 2018.
        List<Finding> findings = evaluate(child().add(
                event("T-010", "worker.left", "CSC", "2017-11").details("{'role':'SW and PA'}"),
                event("T-015", "worker.allocated", "CSC", "2018-01").details("{'role':'SW'}"),
                event("T-021", "worker.allocated", "CSC", "2018-02").details("{'role':'SW and PA'}")),
                LocalDate.of(2018, 6, 30));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("T-010", "T-015", "T-021");
            assertThat(f.occurredAt()).isEqualTo("2017-11");
            assertThat(f.explanation()).contains("social worker and personal adviser");
        });
    }

    @Test
    void givenTheSocialWorkerAndPersonalAdviserLeavingAsTwoEntriesOfOneDate_thenOneFinding() {
        List<Finding> findings = evaluate(child().add(
                event("T-010", "worker.left", "CSC", "2017-11").worker("SW-1", "SOCIAL_WORKER"),
                event("T-010.PA", "worker.left", "CSC", "2017-11").worker("PA-1", "PERSONAL_ADVISER"),
                event("T-015", "worker.allocated", "CSC", "2018-01").worker("SW-2", "SOCIAL_WORKER"),
                event("T-021.PA", "worker.allocated", "CSC", "2018-02").worker("PA-2", "PERSONAL_ADVISER")),
                LocalDate.of(2018, 6, 30));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("T-010", "T-010.PA", "T-015", "T-021.PA");
            assertThat(f.explanation()).isEqualTo("The child's social worker and personal adviser (CSC) left in "
                    + "2017-11 while the case was open and no replacement was allocated between 2017-11 and "
                    + "2017-12-07; the next allocations are T-015 2018-01, T-021.PA 2018-02.");
        });
    }

    @Test
    void ignoresOtherRoles() {
        assertThat(evaluate(child().add(event("L-1", "worker.left", "HV", "2018-03-01")
                .worker("HV1", "HEALTH_VISITOR")), asOf)).isEmpty();
    }

    @Test
    void givenTheMothersWorkerLeft_whenJudgingTheBaby_thenSilent() {
        var file = child().add(event("L-1", "worker.left", "CSC", "2018-03-01").worker("W1", "SOCIAL_WORKER")
                .details("{'forPerson':'M'}")).file();

        assertThat(rule.evaluate(file, LocalDate.of(2019, 1, 1), Parameters.defaults(rule))).isEmpty();
    }
}
