package org.chronology.api.projection;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress of long background work, and the time it has left at the rate it has been going. */
class EstimatesTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong clock = new AtomicLong();
    private final Estimates estimates = new Estimates(clock::get);

    @Test
    void theTimeLeftIsWhatRemainsAtTheRateSinceItWasFirstAsked() {
        assertThat(estimates.of("projection timeline", 100, 1_000).etaSeconds()).as("no rate yet").isNull();

        clock.addAndGet(10 * SECOND);
        Estimates.Advance advance = estimates.of("projection timeline", 300, 1_000);

        // 200 events in 10 s: the 700 left take 35 s.
        assertThat(advance).isEqualTo(new Estimates.Advance(300, 1_000, 35L));
    }

    @Test
    void noTimeLeftIsGuessedFromLessThanAHundredthOfTheWork() {
        estimates.of("projection timeline", 0, 24_000);
        clock.addAndGet(SECOND);
        assertThat(estimates.of("projection timeline", 1, 24_000).etaSeconds()).as("not 7 hours").isNull();

        clock.addAndGet(SECOND);
        assertThat(estimates.of("projection timeline", 4_800, 24_000).etaSeconds()).isEqualTo(8L);
    }

    @Test
    void aWaitBeforeTheWorkStartsDoesNotSlowItsRate() {
        estimates.left("findings", 1_000);
        clock.addAndGet(9 * SECOND);
        estimates.left("findings", 1_000); // the refresher waits for the timeline to catch up

        clock.addAndGet(3 * SECOND);

        // 200 judged in the 3 s since it started: the 800 left take 12 s, not 48.
        assertThat(estimates.left("findings", 800).etaSeconds()).isEqualTo(12L);
    }

    @Test
    void workThatIsDoneHasNoTimeLeftAndARestartForgetsTheOldRate() {
        estimates.of("projection timeline", 0, 1_000);
        clock.addAndGet(SECOND);
        assertThat(estimates.of("projection timeline", 1_000, 1_000)).isEqualTo(new Estimates.Advance(1_000, 1_000, null));

        clock.addAndGet(SECOND);
        assertThat(estimates.of("projection timeline", 10, 1_000).etaSeconds()).as("a replay began again").isNull();
        clock.addAndGet(SECOND);
        assertThat(estimates.of("projection timeline", 20, 1_000).etaSeconds()).isEqualTo(98L);
    }

    @Test
    void workCountedDownTakesTheMostLeftSinceItWasLastDoneAsItsTotal() {
        estimates.left("findings", 400);
        clock.addAndGet(4 * SECOND);
        estimates.left("findings", 500); // a bulk load added marks while the refresher judged others

        clock.addAndGet(4 * SECOND);
        Estimates.Advance advance = estimates.left("findings", 300);

        // Of 500, 200 judged; judged went 0, 0, 200: 200 in the 4 s since it last stood at 0, the 300 left take 6 s.
        assertThat(advance).isEqualTo(new Estimates.Advance(200, 500, 6L));
        assertThat(estimates.left("findings", 0)).isEqualTo(new Estimates.Advance(0, 0, null));
        assertThat(estimates.left("findings", 50).total()).as("a new batch").isEqualTo(50);
    }
}
