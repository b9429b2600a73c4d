package org.chronology.api.axon;

import java.util.List;

/**
 * The names of Axon's tables (as Flyway's V1 and V2 create them) and the keys they are read in order of, for code
 * that handles tables generically, such as a move between databases, and so need not spell them.
 */
public final class AxonTables {

    /** The event store: one row per event, {@code globalIndex} its position. */
    public static final String EVENTS = "DomainEventEntry";
    public static final List<String> EVENTS_KEY = List.of("globalIndex");
    public static final String SNAPSHOTS = "SnapshotEventEntry";
    public static final List<String> SNAPSHOTS_KEY = List.of("aggregateIdentifier", "sequenceNumber");
    /** The streaming processors' positions and claims. */
    public static final String TOKENS = "TokenEntry";
    /** The events a processor parked. */
    public static final String DEAD_LETTERS = "DeadLetterEntry";

    private AxonTables() {
    }
}
