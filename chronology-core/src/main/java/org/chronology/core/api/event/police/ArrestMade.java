package org.chronology.core.api.event.police;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.GeneralDetails;

/** A person was arrested ({@code police.arrest}). */
public record ArrestMade(EntryHeader entry, GeneralDetails details) implements EntryRecorded {
}
