package org.chronology.api.alerts;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed delivery waits twice as long each time, up to a cap, and is parked after the last attempt. */
class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), 5);

    @Test
    void givenSuccessiveFailures_thenTheWaitDoublesUpToTheLongest() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.after(7)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.after(1000)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void givenTheLastAttemptFailed_thenParked_andNotBefore() {
        assertThat(backoff.parks(4)).isFalse();
        assertThat(backoff.parks(5)).isTrue();
    }
}
