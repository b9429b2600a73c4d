package org.chronology.api.ingest;

import org.chronology.core.api.event.EntryRecorded;

import java.util.List;

/** The new entries of a post, once it is acknowledged: on disk, and answered. */
public record EntriesAcknowledged(List<EntryRecorded> entries) {

    public EntriesAcknowledged {
        entries = List.copyOf(entries);
    }
}
