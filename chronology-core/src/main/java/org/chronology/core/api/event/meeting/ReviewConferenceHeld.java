package org.chronology.core.api.event.meeting;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A review child protection conference took place ({@code conference.review}). */
public record ReviewConferenceHeld(EntryHeader entry, Details details) implements EntryRecorded {
}
