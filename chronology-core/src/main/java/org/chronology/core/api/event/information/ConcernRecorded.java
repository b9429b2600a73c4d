package org.chronology.core.api.event.information;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** An agency recorded a concern ({@code concern.recorded}). */
public record ConcernRecorded(EntryHeader entry, Details details) implements EntryRecorded {
}
