package org.chronology.core.api.event.meeting;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A professionals meeting took place ({@code meeting.professionals}). */
public record ProfessionalsMeetingHeld(EntryHeader entry, Details details) implements EntryRecorded {
}
