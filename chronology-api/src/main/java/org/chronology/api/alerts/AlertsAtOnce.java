package org.chronology.api.alerts;

import org.chronology.api.ingest.EntriesAcknowledged;
import org.chronology.api.storage.WriteTurns;
import org.chronology.core.api.event.EntryRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Judges the entries a post has just recorded as soon as it is acknowledged, on a thread of its own. The alerts
 * processor judges every entry in the store's order, and a bulk load puts it minutes behind (a full benchmark
 * timed an alert over a minute late); it still judges each entry when it gets there, and after a crash, and finds
 * the alerts this raised already raised (an alert's id is made of what it is about). Only entries recent enough
 * for a rule are queued: most of a bulk load is history.
 */
@Component
class AlertsAtOnce implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AlertsAtOnce.class);
    /** Beyond this many waiting, entries are left to the processor. */
    private static final int MOST_WAITING = 10_000;

    private final AlertJudge judge;
    private ThreadPoolExecutor executor;

    AlertsAtOnce(AlertJudge judge) {
        this.judge = judge;
    }

    @EventListener
    void on(EntriesAcknowledged acknowledged) {
        for (EntryRecorded entry : acknowledged.entries()) {
            if (executor != null && judge.mayConcernAlerts(entry.entry())) {
                try {
                    executor.execute(() -> judgeNow(entry));
                } catch (RejectedExecutionException full) {
                    return; // the processor judges them
                }
            }
        }
    }

    private void judgeNow(EntryRecorded entry) {
        try {
            // The alert's few short writes go ahead of a bulk load's on the embedded database ({@link WriteTurns}).
            WriteTurns.firstInLine(() -> judge.on(entry));
        } catch (RuntimeException e) {
            log.debug("Entry {} left to the alerts processor", entry.entry().entryId(), e);
        }
    }

    @Override
    public void start() {
        executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(MOST_WAITING),
                runnable -> new Thread(runnable, "alerts-at-once"));
    }

    @Override
    public void stop() {
        executor.shutdownNow();
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
