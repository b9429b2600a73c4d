package org.chronology.core.api.workspace;

import java.time.LocalDate;

/**
 * What a reviewer's note is about: an entry ({@code ref} is {@code agency:eventId}), a finding ({@code ref} is its
 * key) or a period of the review ({@code from} to {@code to}, both inclusive).
 */
public record NoteTarget(Kind kind, String ref, LocalDate from, LocalDate to) {

    public enum Kind {
        ENTRY, FINDING, PERIOD
    }

    public static NoteTarget entry(String entryKey) {
        return new NoteTarget(Kind.ENTRY, entryKey, null, null);
    }

    public static NoteTarget finding(String findingKey) {
        return new NoteTarget(Kind.FINDING, findingKey, null, null);
    }

    public static NoteTarget period(LocalDate from, LocalDate to) {
        return new NoteTarget(Kind.PERIOD, null, from, to);
    }
}
