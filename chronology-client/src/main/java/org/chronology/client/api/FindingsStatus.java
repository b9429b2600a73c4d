package org.chronology.client.api;

/**
 * Whether the gap findings have caught up after a bulk load or a replay: {@code pendingMarks} changes still to
 * judge; {@code processed} of {@code total} judged since there were none, and about {@code etaSeconds} left.
 */
public record FindingsStatus(long pendingMarks, boolean timelineCaughtUp, boolean upToDate, long processed,
                             long total, Long etaSeconds) {
}
