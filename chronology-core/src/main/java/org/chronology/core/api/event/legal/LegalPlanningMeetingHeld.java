package org.chronology.core.api.event.legal;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A legal planning meeting took place ({@code legal.planning_meeting}). */
public record LegalPlanningMeetingHeld(EntryHeader entry, Details details) implements EntryRecorded {
}
