package org.chronology.client.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code chronology projections --wait} prints every 2 seconds while a projection or the findings run behind. */
class ProjectionsCommandTest {

    @Test
    void aReplayPartWayPrintsItsEventsDoneAndAboutHowLongIsLeft() {
        var replaying = new ProjectionsCommand.Progress("timeline", false, true, 6_332, 40_002, 7L);

        assertThat(replaying.line()).isEqualTo("timeline: 6,332/40,002 (15%), about 7 s left");
    }

    @Test
    void longWorkIsEstimatedInMinutesAndWorkNotYetMovingHasNoEstimate() {
        assertThat(new ProjectionsCommand.Progress("findings refresh", false, false, 9_666, 21_332, 150L).line())
                .isEqualTo("findings refresh: 9,666/21,332 (45%), about 3 min left");
        assertThat(new ProjectionsCommand.Progress("findings refresh", false, false, 0, 21_332, null).line())
                .isEqualTo("findings refresh: 0/21,332 (0%), -");
    }
}
