package org.chronology.core.api.event.contact;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A service was withdrawn ({@code service.withdrawn}). */
public record ServiceWithdrawn(EntryHeader entry, Details details) implements EntryRecorded {
}
