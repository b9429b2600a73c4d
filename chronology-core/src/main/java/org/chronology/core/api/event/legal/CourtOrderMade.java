package org.chronology.core.api.event.legal;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A court made an order ({@code court.order}). */
public record CourtOrderMade(EntryHeader entry, Details details) implements EntryRecorded {
}
