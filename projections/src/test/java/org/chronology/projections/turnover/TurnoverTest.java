package org.chronology.projections.turnover;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TurnoverTest {

    private static final Instant RECORDED = Instant.parse("2026-01-01T00:00:00Z");

    private static Turnover.Change allocated(String worker, String month, long position) {
        YearMonth m = YearMonth.parse(month);
        return new Turnover.Change(worker, WorkerChange.ALLOCATED, month, m.atDay(1), m.atEndOfMonth(), RECORDED, position);
    }

    private static Turnover.Change left(String worker, String month, long position) {
        YearMonth m = YearMonth.parse(month);
        return new Turnover.Change(worker, WorkerChange.LEFT, month, m.atDay(1), m.atEndOfMonth(), RECORDED, position);
    }

    @Test
    void aNewAllocationEndsThePreviousOneWhateverOrderTheEventsArrivedIn() {
        List<Turnover.Change> arrivedOutOfOrder = List.of(allocated("SW3", "2018-05", 0), allocated("SW1", "2018-03", 1),
                allocated("SW2", "2018-04", 2));

        Turnover turnover = Turnover.of("C1", "SOCIAL_WORKER", arrivedOutOfOrder, null, null);

        assertThat(turnover.allocations()).extracting(Turnover.Allocation::workerId).containsExactly("SW1", "SW2", "SW3");
        assertThat(turnover.allocations().get(0).to()).isEqualTo("2018-04");
        assertThat(turnover.allocations().get(2).to()).isNull();
        assertThat(turnover.distinctWorkers()).isEqualTo(3);
        assertThat(turnover.changes()).isEqualTo(2);
    }

    @Test
    void aPeriodCountsTheWorkersInPostDuringIt() {
        List<Turnover.Change> changes = List.of(allocated("SW1", "2017-01", 0), allocated("SW2", "2018-03", 1),
                allocated("SW3", "2018-09", 2));

        Turnover spring = Turnover.of("C1", "SOCIAL_WORKER", changes, LocalDate.of(2018, 4, 1), LocalDate.of(2018, 6, 30));
        Turnover year = Turnover.of("C1", "SOCIAL_WORKER", changes, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));

        assertThat(spring.distinctWorkers()).isEqualTo(1);
        assertThat(spring.changes()).isZero();
        assertThat(year.distinctWorkers()).isEqualTo(3);
    }

    @Test
    void aDepartureWithoutARecordedAllocationStillCountsTheWorker() {
        List<Turnover.Change> changes = List.of(left("SW1", "2017-11", 0), allocated("SW2", "2018-01", 1),
                allocated("SW3", "2018-02", 2));

        Turnover turnover = Turnover.of("C1", "SOCIAL_WORKER", changes, null, null);

        assertThat(turnover.allocations()).extracting(Turnover.Allocation::workerId).containsExactly("SW1", "SW2", "SW3");
        assertThat(turnover.allocations().get(0).from()).isNull();
        assertThat(turnover.changes()).isEqualTo(2);
    }

    @Test
    void reallocatingTheSameWorkerIsNoChange() {
        List<Turnover.Change> changes = List.of(allocated("SW1", "2018-01", 0), allocated("SW1", "2018-02", 1));

        assertThat(Turnover.of("C1", "SOCIAL_WORKER", changes, null, null).changes()).isZero();
    }
}
