package org.chronology.core.api.event.meeting;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.MeetingDetails;

/** A professionals meeting took place ({@code meeting.professionals}). */
public record ProfessionalsMeetingHeld(EntryHeader entry, MeetingDetails details) implements EntryRecorded {
}
