package org.chronology.core.api.workspace;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** A reviewer shows the rows of these entries as one: they record the same happening. */
public record JoinRows(@TargetAggregateIdentifier String reviewId, List<String> entries, String author) {

    public JoinRows {
        entries = List.copyOf(entries);
    }
}
