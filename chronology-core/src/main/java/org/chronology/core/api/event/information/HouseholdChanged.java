package org.chronology.core.api.event.information;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** Someone joined or left the household ({@code household.change}). */
public record HouseholdChanged(EntryHeader entry, Details details) implements EntryRecorded {
}
