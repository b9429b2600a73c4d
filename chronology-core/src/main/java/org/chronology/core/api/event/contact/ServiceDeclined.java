package org.chronology.core.api.event.contact;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.GeneralDetails;

/** A service was declined ({@code service.declined}). */
public record ServiceDeclined(EntryHeader entry, GeneralDetails details) implements EntryRecorded {
}
