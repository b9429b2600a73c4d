package org.chronology.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.details.RetractionDetails;

/** Withdraw an entry of the recording agency's own; it stays in the store, marked retracted. */
public record RetractEntry(@TargetAggregateIdentifier String entryId, EntryHeader envelope,
                           RetractionDetails details) implements EntryCommand {
}
