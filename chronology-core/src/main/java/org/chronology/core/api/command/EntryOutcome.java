package org.chronology.core.api.command;

import java.time.Instant;

/**
 * What became of one submitted entry.
 *
 * @param field   for a refusal, the field at fault (relative to the envelope); {@code null} otherwise
 * @param message for a refusal, a sentence saying why
 */
public record EntryOutcome(String eventId, Status status, Instant recordedAt, String field, String message) {

    public enum Status {
        RECORDED, DUPLICATE, CONFLICT, REFUSED
    }

    public static EntryOutcome recorded(String eventId, Instant recordedAt) {
        return new EntryOutcome(eventId, Status.RECORDED, recordedAt, null, null);
    }

    public static EntryOutcome duplicate(String eventId, Instant recordedAt) {
        return new EntryOutcome(eventId, Status.DUPLICATE, recordedAt, null, null);
    }

    public static EntryOutcome conflict(String eventId, Instant recordedAt) {
        return new EntryOutcome(eventId, Status.CONFLICT, recordedAt, "eventId",
                "an entry with this eventId was already recorded with different content");
    }

    public static EntryOutcome refused(String eventId, String field, String message) {
        return new EntryOutcome(eventId, Status.REFUSED, null, field, message);
    }

    public boolean acknowledged() {
        return status == Status.RECORDED || status == Status.DUPLICATE;
    }
}
