package org.chronology.projections.timeline;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the writes of entries ahead of the projection ({@link TimelineCatchUp}: a read putting its child's
 * entries on the timeline before the projection reaches them). A processing batch reads which entries the tables
 * hold before it takes the write turn; if such a write began, or was under way, since that read, the batch reads
 * again holding the turn rather than insert an entry that is now there (a key violation fails the whole batch,
 * and Axon retries it only after releasing and reclaiming the segment).
 */
final class WritesAhead {

    private final AtomicLong begun = new AtomicLong();
    private final AtomicLong done = new AtomicLong();

    /** A mark to compare with later: -1 if a write ahead is under way now. Done is read first, so never ahead. */
    long mark() {
        long finished = done.get();
        long started = begun.get();
        return finished == started ? started : -1;
    }

    /** Whether a write ahead may have committed since {@code mark} was taken (before the tables were read). */
    boolean since(long mark) {
        return mark < 0 || begun.get() != mark;
    }

    /** Runs {@code write}, which is done when it, or the transaction it joins, completes. */
    void run(Runnable write) {
        begun.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    done.incrementAndGet();
                }
            });
            write.run();
            return;
        }
        try {
            write.run();
        } finally {
            done.incrementAndGet();
        }
    }
}
