package org.chronology.core.api.event.legal;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.GeneralDetails;

/** An application was made to court ({@code court.application}). */
public record CourtApplicationMade(EntryHeader entry, GeneralDetails details) implements EntryRecorded {
}
