package org.chronology.core.api.event.meeting;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.MeetingDetails;

/** A strategy meeting took place ({@code strategy.meeting}). */
public record StrategyMeetingHeld(EntryHeader entry, MeetingDetails details) implements EntryRecorded {
}
