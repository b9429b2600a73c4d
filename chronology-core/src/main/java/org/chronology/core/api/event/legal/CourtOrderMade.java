package org.chronology.core.api.event.legal;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.GeneralDetails;

/** A court made an order ({@code court.order}). */
public record CourtOrderMade(EntryHeader entry, GeneralDetails details) implements EntryRecorded {
}
