package org.chronology.core.api.event.contact;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A home visit was made ({@code visit.home}). */
public record HomeVisitMade(EntryHeader entry, Details details) implements EntryRecorded {
}
