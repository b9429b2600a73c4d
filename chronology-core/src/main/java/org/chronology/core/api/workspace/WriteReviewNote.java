package org.chronology.core.api.workspace;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer writes a note on an entry, a finding or a period of the review. */
public record WriteReviewNote(@TargetAggregateIdentifier String reviewId, String noteId, NoteTarget target,
                              String text, String author) {
}
