package org.chronology.api.axon;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator's waiting round can be run at once, still once, on the coordinator's own thread. */
class PromptCoordinatorTest {

    private final PromptCoordinator coordinator = new PromptCoordinator("timeline");

    @AfterEach
    void stop() {
        coordinator.shutdownNow();
    }

    @Test
    void aWaitingRoundRunsAtOnceWhenToldToLookAgain() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        AtomicReference<String> thread = new AtomicReference<>();
        coordinator.schedule(() -> {
            thread.set(Thread.currentThread().getName());
            ran.countDown();
        }, 1, TimeUnit.HOURS);

        coordinator.lookAgain();

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(thread.get()).startsWith("Coordinator[timeline]");
    }

    @Test
    void aRoundRunAtOnceDoesNotRunAgainWhenItsDelayRunsOut() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        coordinator.schedule(runs::incrementAndGet, 200, TimeUnit.MILLISECONDS);

        coordinator.lookAgain();
        coordinator.lookAgain();
        Thread.sleep(600);

        assertThat(runs).hasValue(1);
    }

    @Test
    void aRoundNobodyHurriesRunsWhenItsDelayRunsOut() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        coordinator.schedule(ran::countDown, 50, TimeUnit.MILLISECONDS);

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void lookingAgainAfterShutdownRunsNothingAndDoesNotFail() {
        AtomicInteger runs = new AtomicInteger();
        coordinator.schedule(runs::incrementAndGet, 1, TimeUnit.HOURS);
        coordinator.shutdownNow();

        coordinator.lookAgain();

        assertThat(runs).hasValue(0);
    }
}
