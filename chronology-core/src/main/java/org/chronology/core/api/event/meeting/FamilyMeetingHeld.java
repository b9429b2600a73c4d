package org.chronology.core.api.event.meeting;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A meeting with the family took place ({@code meeting.with_family}). */
public record FamilyMeetingHeld(EntryHeader entry, Details details) implements EntryRecorded {
}
