package org.chronology.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;

/** Record one agency entry, exactly once: a resend of the same content is a duplicate, other content a conflict. */
public record RecordEntry(@TargetAggregateIdentifier String entryId, EntryRecorded event) implements EntryCommand {

    public RecordEntry(EntryRecorded event) {
        this(event.entry().entryId(), event);
    }

    @Override
    public EntryHeader envelope() {
        return event.entry();
    }
}
