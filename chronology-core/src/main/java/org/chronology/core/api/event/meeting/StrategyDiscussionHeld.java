package org.chronology.core.api.event.meeting;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A strategy discussion took place ({@code strategy.discussion}). */
public record StrategyDiscussionHeld(EntryHeader entry, Details details) implements EntryRecorded {
}
