package org.chronology.core.api.event.person;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A person's particulars, such as a date of birth or an expected date of delivery ({@code person.recorded}). */
public record PersonRecorded(EntryHeader entry, Details details) implements EntryRecorded {
}
