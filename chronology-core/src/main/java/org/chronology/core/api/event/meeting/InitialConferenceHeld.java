package org.chronology.core.api.event.meeting;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** An initial child protection conference took place ({@code conference.initial}). */
public record InitialConferenceHeld(EntryHeader entry, Details details) implements EntryRecorded {
}
