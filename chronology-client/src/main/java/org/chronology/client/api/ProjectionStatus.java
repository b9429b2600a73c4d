package org.chronology.client.api;

import java.util.List;

/**
 * How far a read model has caught up with the event store, and whether it is being rebuilt: {@code processed}
 * of {@code total} events, and about {@code etaSeconds} left (null when caught up or not yet moving).
 */
public record ProjectionStatus(String name, long head, boolean caughtUp, boolean replaying, List<Segment> segments,
                               long processed, long total, Long etaSeconds) {

    public record Segment(int segment, Long position, boolean replaying, boolean caughtUp, boolean failing) {
    }
}
