package org.chronology.core.api.event.meeting;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.GeneralDetails;

/** A meeting with the family took place ({@code meeting.with_family}). */
public record FamilyMeetingHeld(EntryHeader entry, GeneralDetails details) implements EntryRecorded {
}
