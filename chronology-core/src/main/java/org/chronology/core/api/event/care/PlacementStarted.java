package org.chronology.core.api.event.care;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.GeneralDetails;

/** A placement started ({@code placement.started}). */
public record PlacementStarted(EntryHeader entry, GeneralDetails details) implements EntryRecorded {
}
