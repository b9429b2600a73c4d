package org.chronology.core.entry;

/** A command the entry cannot accept: a conflicting resend, or a correction it cannot take. */
public class EntryRefusedException extends RuntimeException {

    private final boolean conflict;
    private final String field;

    private EntryRefusedException(boolean conflict, String field, String message) {
        super(message);
        this.conflict = conflict;
        this.field = field;
    }

    public static EntryRefusedException conflict(String eventId) {
        return new EntryRefusedException(true, "eventId",
                "an entry with eventId " + eventId + " was already recorded with different content");
    }

    public static EntryRefusedException invalid(String field, String message) {
        return new EntryRefusedException(false, field, message);
    }

    public boolean isConflict() {
        return conflict;
    }

    public String field() {
        return field;
    }
}
