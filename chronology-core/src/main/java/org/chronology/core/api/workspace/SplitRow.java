package org.chronology.core.api.workspace;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer takes an entry out of the row it was merged into: it records a happening of its own. */
public record SplitRow(@TargetAggregateIdentifier String reviewId, String entry, String author) {
}
