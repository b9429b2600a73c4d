package org.chronology.core.api.workspace;

import java.time.Instant;

/** A reviewer wrote a note; {@code author} is the name the reviewer's token was issued to. */
public record ReviewNoteWritten(String reviewId, String noteId, NoteTarget target, String text, String author,
                                Instant writtenAt) {
}
