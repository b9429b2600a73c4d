package org.chronology.core.api.workspace;

import java.time.Instant;

/** A reviewer decided that an entry ({@code agency:eventId}) stands on a row of its own. */
public record RowSplit(String reviewId, String entry, String author, Instant decidedAt) {
}
