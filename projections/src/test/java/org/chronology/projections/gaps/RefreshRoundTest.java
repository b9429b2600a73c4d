package org.chronology.projections.gaps;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The findings refresher's progress through a round of children whose marks are cleared only at its end. */
class RefreshRoundTest {

    private final RefreshRound round = new RefreshRound();
    private final AtomicLong pending = new AtomicLong(1_000);

    @Test
    void betweenRoundsEveryPendingMarkIsLeft() {
        assertThat(round.left(pending::get)).isEqualTo(1_000);
    }

    @Test
    void asARoundsChildrenAreStoredItsMarksCountAsJudgedInTheSameShare() {
        round.start(600, 200);

        round.stored(50);
        assertThat(round.left(pending::get)).isEqualTo(850);
        round.stored(150);
        assertThat(round.left(pending::get)).isEqualTo(400);
    }

    @Test
    void atTheRoundsEndItsMarksAreClearedAndWhatIsPendingIsLeft() {
        round.start(600, 200);
        round.stored(200);

        round.end(() -> pending.addAndGet(-600));

        assertThat(round.left(pending::get)).isEqualTo(400);
    }

    @Test
    void aFailedRoundClearsNoMarkAndCountsNoneJudged() {
        round.start(600, 200);
        round.stored(50);

        round.end(() -> { });

        assertThat(round.left(pending::get)).isEqualTo(1_000);
    }
}
