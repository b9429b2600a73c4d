package org.chronology.core.api.event.meeting;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A discharge planning meeting took place ({@code meeting.discharge_planning}). */
public record DischargePlanningMeetingHeld(EntryHeader entry, Details details) implements EntryRecorded {
}
