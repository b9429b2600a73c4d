package org.chronology.core.api.event.information;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A record was entered, possibly late ({@code record.entered}). */
public record RecordEntered(EntryHeader entry, Details details) implements EntryRecorded {
}
