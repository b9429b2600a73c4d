package org.chronology.api.axon;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots for the aggregates whose streams can grow without bound (an agency's, one event per change of
 * details); an entry's stream is one event and its few corrections, and is always read whole.
 */
@Configuration
public class SnapshotConfiguration {

    /** Loading reads the latest snapshot and at most this many events after it. */
    static final int EVENTS_BETWEEN_SNAPSHOTS = 50;

    @Bean
    SnapshotTriggerDefinition agencySnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, EVENTS_BETWEEN_SNAPSHOTS);
    }
}
