package org.chronology.core.api.event.police;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** The police recorded an incident ({@code police.incident}). */
public record PoliceIncidentRecorded(EntryHeader entry, Details details) implements EntryRecorded {
}
