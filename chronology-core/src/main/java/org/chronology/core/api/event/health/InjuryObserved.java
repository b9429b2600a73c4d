package org.chronology.core.api.event.health;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A practitioner observed an injury ({@code injury.observed}). */
public record InjuryObserved(EntryHeader entry, Details details) implements EntryRecorded {
}
