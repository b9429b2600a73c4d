package org.chronology.core.api.event.meeting;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.MeetingDetails;

/** An initial child protection conference took place ({@code conference.initial}). */
public record InitialConferenceHeld(EntryHeader entry, MeetingDetails details) implements EntryRecorded {
}
