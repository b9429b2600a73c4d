package org.chronology.projections.timeline;

import org.chronology.core.api.event.EntryRecorded;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts on the timeline, for a read, new entries the store holds and the {@link TimelineProjection} has yet to
 * reach. Four clients posting bulk batches leave the projection tens of seconds behind, and a reader saw an
 * acknowledged entry only once it got there. The rows are the projection's own, at the events' positions in the
 * store (a replay writes the same), and the projection skips them when it arrives ({@link WritesAhead}).
 */
@Component
public class TimelineCatchUp {

    private final StoredEvents store;
    private final TimelineProjection timeline;
    private final TransactionTemplate transactions;

    TimelineCatchUp(StoredEvents store, TimelineProjection timeline, PlatformTransactionManager transactions) {
        this.store = store;
        this.timeline = timeline;
        // Inside a caller's transaction (a read's audit record: one wait for the write turn, not two), a savepoint,
        // so that a failure here leaves the caller's work standing.
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Where the store holds these entries' first events: each entry is a stream that its recording begins. */
    public Map<String, Long> positions(Collection<String> entryIds) {
        return store.entryPositions(entryIds);
    }

    /**
     * Writes the new entries recorded at these positions, in one transaction or the caller's. They are events this
     * node recorded moments ago, in today's form, so they need no upcasting; any other event there is left to the
     * projection.
     */
    public void write(Collection<Long> positions) {
        Map<Long, EntryRecorded> recorded = new TreeMap<>();
        store.payloadsAt(positions).forEach((position, payload) -> {
            if (payload instanceof EntryRecorded event) {
                recorded.put(position, event);
            }
        });
        timeline.ahead.run(() -> transactions.executeWithoutResult(status -> timeline.recordNow(recorded)));
    }
}
