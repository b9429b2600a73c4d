package org.chronology.core.api.event.police;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A person was arrested ({@code police.arrest}). */
public record ArrestMade(EntryHeader entry, Details details) implements EntryRecorded {
}
