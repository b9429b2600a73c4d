package org.chronology.core.api.event.assessment;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A section 47 enquiry started ({@code s47.started}). */
public record S47EnquiryStarted(EntryHeader entry, Details details) implements EntryRecorded {
}
