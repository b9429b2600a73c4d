package org.chronology.projections.timeline;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.projections.sql.InLists;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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

    private final JdbcTemplate jdbc;
    private final TimelineProjection timeline;
    private final Serializer serializer;
    private final TransactionTemplate transactions;

    TimelineCatchUp(JdbcTemplate jdbc, TimelineProjection timeline, @Qualifier("eventSerializer") Serializer serializer,
                    PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.serializer = serializer;
        // Inside a caller's transaction (a read's audit record: one wait for the write turn, not two), a savepoint,
        // so that a failure here leaves the caller's work standing.
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Where the store holds these entries' first events: each entry is a stream that its recording begins. */
    public Map<String, Long> positions(Collection<String> entryIds) {
        Map<String, Long> positions = new HashMap<>();
        for (List<String> chunk : InLists.chunks(entryIds)) {
            jdbc.query("SELECT aggregateIdentifier, globalIndex FROM DomainEventEntry WHERE sequenceNumber = 0"
                            + " AND aggregateIdentifier IN (" + InLists.placeholders(chunk.size()) + ")",
                    rs -> {
                        positions.put(rs.getString(1), rs.getLong(2));
                    }, chunk.toArray());
        }
        return positions;
    }

    /**
     * Writes the new entries recorded at these positions, in one transaction or the caller's. They are events this
     * node recorded moments ago, in today's form, so they need no upcasting; any other event there is left to the
     * projection.
     */
    public void write(Collection<Long> positions) {
        Map<Long, EntryRecorded> recorded = new TreeMap<>();
        for (List<Long> chunk : InLists.chunks(positions)) {
            jdbc.query("SELECT globalIndex, payloadType, payloadRevision, payload FROM DomainEventEntry"
                            + " WHERE globalIndex IN (" + InLists.placeholders(chunk.size()) + ")",
                    rs -> {
                        Object payload = serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(4),
                                byte[].class, rs.getString(2), rs.getString(3)));
                        if (payload instanceof EntryRecorded event) {
                            recorded.put(rs.getLong(1), event);
                        }
                    }, chunk.toArray());
        }
        timeline.ahead.run(() -> transactions.executeWithoutResult(status -> timeline.recordNow(recorded)));
    }
}
