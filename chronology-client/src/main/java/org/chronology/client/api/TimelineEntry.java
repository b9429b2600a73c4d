package org.chronology.client.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One entry of a timeline as it stands now (or stood at {@code asOf}): {@code status} is {@code current},
 * {@code corrected} or {@code retracted}, and {@code corrections} holds the revisions, oldest first.
 */
public record TimelineEntry(String eventId, String type, String recordingAgency, String actingAgency,
                            String occurredAt, String precision, String occurredNotBefore, String occurredNotAfter,
                            Boolean estimated, String dateBasis, Period period, Instant recordedAt,
                            List<String> children, List<String> adults, Worker worker, String summary,
                            Map<String, Object> details, List<String> knownTo, String source, String status,
                            List<Revision> corrections) {

    /** The dates an entry's {@code occurredAt} allows. */
    public record Period(String from, String to) {
    }

    /** A correction ({@code changes}, with the {@code previous} values) or a retraction ({@code reason}). */
    public record Revision(String eventId, String type, Instant recordedAt, String summary,
                           Map<String, Object> changes, Map<String, Object> previous, String reason) {
    }
}
