package org.chronology.core.api.event.contact;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.ContactDetails;

/** A home visit was made ({@code visit.home}). */
public record HomeVisitMade(EntryHeader entry, ContactDetails details) implements EntryRecorded {
}
