package org.chronology.core.api.event.meeting;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A core group meeting took place ({@code meeting.core_group}). */
public record CoreGroupMeetingHeld(EntryHeader entry, Details details) implements EntryRecorded {
}
