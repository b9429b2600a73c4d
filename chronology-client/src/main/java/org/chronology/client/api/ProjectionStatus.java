package org.chronology.client.api;

import java.util.List;

/** How far a read model has caught up with the event store, and whether it is being rebuilt. */
public record ProjectionStatus(String name, long head, boolean caughtUp, boolean replaying, List<Segment> segments) {

    public record Segment(int segment, Long position, boolean replaying, boolean caughtUp, boolean failing) {
    }
}
