package org.chronology.core.api.event.meeting;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A strategy meeting took place ({@code strategy.meeting}). */
public record StrategyMeetingHeld(EntryHeader entry, Details details) implements EntryRecorded {
}
