package org.chronology.core.api.event.meeting;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.MeetingDetails;

/** A strategy discussion took place ({@code strategy.discussion}). */
public record StrategyDiscussionHeld(EntryHeader entry, MeetingDetails details) implements EntryRecorded {
}
