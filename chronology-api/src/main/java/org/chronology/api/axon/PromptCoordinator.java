package org.chronology.api.axon;

import org.axonframework.common.AxonThreadFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The thread of a pooled streaming processor's coordinator, with waits that can be cut short. The coordinator
 * hands every event to every work package's buffer (1,024 events) and, when a buffer is full, looks again only
 * after a fixed 100 ms, however soon the work package empties it: a projection replaying or catching up took about
 * one buffer per 100 ms (10,000 events/s), its work packages idle for 30% of a profiled replay. {@link #lookAgain()}
 * runs a waiting round at once; the round decides what to do as it would have when its delay ran out, and Axon
 * itself runs rounds early when new events are stored.
 */
final class PromptCoordinator extends ScheduledThreadPoolExecutor {

    private final Set<Round> waiting = ConcurrentHashMap.newKeySet();

    PromptCoordinator(String processor) {
        super(1, new AxonThreadFactory("Coordinator[" + processor + "]"));
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (delay <= 0) {
            return super.schedule(command, delay, unit);
        }
        Round round = new Round(command);
        waiting.add(round);
        return super.schedule(round, delay, unit);
    }

    /** Runs the rounds waiting for their delay now; each still runs once. */
    void lookAgain() {
        for (Round round : waiting) {
            if (waiting.remove(round) && !isShutdown()) {
                try {
                    execute(round);
                } catch (RejectedExecutionException shuttingDown) {
                    // The processor is stopping: nothing to look at any more.
                }
            }
        }
    }

    private final class Round implements Runnable {

        private final Runnable command;
        private final AtomicBoolean started = new AtomicBoolean();

        Round(Runnable command) {
            this.command = command;
        }

        @Override
        public void run() {
            if (started.compareAndSet(false, true)) {
                waiting.remove(this);
                command.run();
            }
        }
    }
}
