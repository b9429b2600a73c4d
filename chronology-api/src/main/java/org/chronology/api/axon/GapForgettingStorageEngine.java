package org.chronology.api.axon;

import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.util.List;

/**
 * Axon's JDBC storage engine, reading the store from a token without the gaps known to stay empty
 * ({@link EmptyPositions}): Axon forgets a gap only once the gap timeout has passed and the token holds more than
 * its cleaning threshold, and meanwhile copies the gaps into every event's token.
 */
final class GapForgettingStorageEngine extends JdbcEventStorageEngine {

    private final EmptyPositions emptyPositions;

    GapForgettingStorageEngine(Builder builder, EmptyPositions emptyPositions) {
        super(builder);
        this.emptyPositions = emptyPositions;
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return super.fetchTrackedEvents(emptyPositions.forgottenIn(lastToken), batchSize);
    }
}
