package org.chronology.core.api.event.police;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** The police were told of a concern ({@code police.notified}). */
public record PoliceNotified(EntryHeader entry, Details details) implements EntryRecorded {
}
