package org.chronology.core.api.event.meeting;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A multi-disciplinary team meeting took place ({@code meeting.mdt}). */
public record MultiDisciplinaryMeetingHeld(EntryHeader entry, Details details) implements EntryRecorded {
}
