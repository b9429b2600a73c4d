package org.chronology.core.api.event.legal;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A court hearing took place ({@code court.hearing}). */
public record CourtHearingHeld(EntryHeader entry, Details details) implements EntryRecorded {
}
