package org.chronology.core.api.event.legal;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** An application was made to court ({@code court.application}). */
public record CourtApplicationMade(EntryHeader entry, Details details) implements EntryRecorded {
}
