package org.chronology.core.api.command;

import org.chronology.core.api.event.EntryHeader;

/** A validated request to record, correct or retract an entry; {@link #entryId()} names the target entry. */
public sealed interface EntryCommand permits RecordEntry, CorrectEntry, RetractEntry {

    String entryId();

    /** The envelope as submitted: its event id is the idempotency key within the recording agency. */
    EntryHeader envelope();
}
