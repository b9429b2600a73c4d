package org.chronology.core.api.event.contact;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A service was offered ({@code service.offered}). */
public record ServiceOffered(EntryHeader entry, Details details) implements EntryRecorded {
}
