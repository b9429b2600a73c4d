package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.TestCase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.projections.gaps.TestCase.child;
import static org.chronology.projections.gaps.TestCase.event;

class LacParentSwLiaisonMissingTest {

    private final LacParentSwLiaisonMissing rule = new LacParentSwLiaisonMissing();
    private final LocalDate asOf = LocalDate.of(2020, 1, 1);

    private List<Finding> findings(CaseFile file, LocalDate asOf) {
        return rule.evaluate(file, asOf, Parameters.defaults(rule));
    }

    /** A baby C1 whose mother M is herself looked after, each with a social worker of their own. */
    private static TestCase family() {
        return child().add(
                event("R-1", "relationship.recorded", "CSC", "2018-01-02").children("C1", "M")
                        .details("{'person':'M','relationship':'mother','of':'C1'}"),
                event("W-1", "worker.allocated", "CSC", "2018-01-08").children("M").worker("SW-M", "SOCIAL_WORKER")
                        .details("{'forPerson':'M'}"),
                event("W-2", "worker.allocated", "CSC", "2018-03-01").worker("SW-C", "SOCIAL_WORKER"));
    }

    @Test
    void firesOnceForKeyEventsWithNoExchangeBetweenTheTwoWorkers() {
        // Family T §5.43: very little passed between Mother's SW and the twins' SW.
        var file = family().add(
                event("U-1", "meeting.professionals", "K2", null).between("2017-09-01", "2018-06-30"),
                event("S-1", "strategy.meeting", "CSC", "2018-03-12").worker("SW-C", "SOCIAL_WORKER"),
                event("I-1", "conference.initial", "CSC", "2018-04-16"),
                event("Q-1", "info.requested", "IRO", "2018-04-20").children("C1", "M")).file();

        assertThat(findings(file, asOf)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("LAC_PARENT_SW_LIAISON_MISSING");
            assertThat(f.evidence()).containsExactly("S-1", "I-1");
            assertThat(f.occurredAt()).isEqualTo("2018-03-12");
            assertThat(f.explanation()).isEqualTo("Nothing passed between M's social worker (SW-M) and the child's "
                    + "social worker (SW-C) within 5 working days of the strategy meeting of 2018-03-12 (S-1, CSC), "
                    + "nor of the 1 key events that followed (I-1 2018-04-16).");
        });
    }

    @Test
    void staysSilentWhenEitherWorkerReachesTheOther() {
        var parentsWorkerWrites = family().add(
                event("S-1", "strategy.meeting", "CSC", "2018-03-12"),
                event("I-1", "info.shared", "CSC", "2018-03-14").children("C1").worker("SW-M", "SOCIAL_WORKER")).file();
        var childsWorkerAsks = family().add(
                event("S-1", "strategy.meeting", "CSC", "2018-03-12"),
                event("Q-1", "info.requested", "CSC", "2018-03-07").children("M").worker("SW-C", "SOCIAL_WORKER")).file();

        assertThat(findings(parentsWorkerWrites, asOf)).isEmpty();
        assertThat(findings(childsWorkerAsks, asOf)).isEmpty();
    }

    @Test
    void staysSilentWithoutTwoWorkersOrARecordedParent() {
        var oneWorker = child().add(
                event("R-1", "relationship.recorded", "CSC", "2018-01-02").children("C1", "M")
                        .details("{'person':'M','relationship':'mother','of':'C1'}"),
                event("W-2", "worker.allocated", "CSC", "2018-03-01").worker("SW-C", "SOCIAL_WORKER"),
                event("S-1", "strategy.meeting", "CSC", "2018-03-12")).file();
        var noParent = child().add(
                event("W-1", "worker.allocated", "CSC", "2018-01-08").children("M").worker("SW-M", "SOCIAL_WORKER")
                        .details("{'forPerson':'M'}"),
                event("W-2", "worker.allocated", "CSC", "2018-03-01").worker("SW-C", "SOCIAL_WORKER"),
                event("S-1", "strategy.meeting", "CSC", "2018-03-12")).file();
        var parentsWorkerLeft = family().add(
                event("L-1", "worker.left", "CSC", "2018-02-01").children("M").worker("SW-M", "SOCIAL_WORKER")
                        .details("{'forPerson':'M'}"),
                event("S-1", "strategy.meeting", "CSC", "2018-03-12")).file();

        assertThat(findings(oneWorker, asOf)).isEmpty();
        assertThat(findings(noParent, asOf)).isEmpty();
        assertThat(findings(parentsWorkerLeft, asOf)).isEmpty();
    }

    @Test
    void waitsUntilTheTimeToExchangeHasPassed() {
        var file = family().add(event("S-1", "strategy.meeting", "CSC", "2018-03-12")).file();

        assertThat(findings(file, LocalDate.of(2018, 3, 19))).isEmpty();
        assertThat(findings(file, LocalDate.of(2018, 3, 20))).hasSize(1);
    }
}
