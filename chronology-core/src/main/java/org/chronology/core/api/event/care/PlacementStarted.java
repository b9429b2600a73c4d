package org.chronology.core.api.event.care;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A placement started ({@code placement.started}). */
public record PlacementStarted(EntryHeader entry, Details details) implements EntryRecorded {
}
