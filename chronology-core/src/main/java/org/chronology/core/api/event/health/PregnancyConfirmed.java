package org.chronology.core.api.event.health;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A pregnancy was confirmed ({@code health.pregnancy_confirmed}). */
public record PregnancyConfirmed(EntryHeader entry, Details details) implements EntryRecorded {
}
