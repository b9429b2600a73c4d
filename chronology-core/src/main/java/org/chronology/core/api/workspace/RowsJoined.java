package org.chronology.core.api.workspace;

import java.time.Instant;
import java.util.List;

/** A reviewer decided that these entries ({@code agency:eventId}) record one happening. */
public record RowsJoined(String reviewId, List<String> entries, String author, Instant decidedAt) {

    public RowsJoined {
        entries = List.copyOf(entries);
    }
}
