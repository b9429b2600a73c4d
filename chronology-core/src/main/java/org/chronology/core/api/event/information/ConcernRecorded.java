package org.chronology.core.api.event.information;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.ConcernDetails;

/** An agency recorded a concern ({@code concern.recorded}). */
public record ConcernRecorded(EntryHeader entry, ConcernDetails details) implements EntryRecorded {
}
