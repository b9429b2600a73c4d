package org.chronology.core.api.event.assessment;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A section 47 enquiry concluded ({@code s47.concluded}). */
public record S47EnquiryConcluded(EntryHeader entry, Details details) implements EntryRecorded {
}
