package org.chronology.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.details.CorrectionDetails;

/** Correct an entry of the recording agency's own; {@code envelope} is the correction's own envelope. */
public record CorrectEntry(@TargetAggregateIdentifier String entryId, EntryHeader envelope,
                           CorrectionDetails details) implements EntryCommand {
}
