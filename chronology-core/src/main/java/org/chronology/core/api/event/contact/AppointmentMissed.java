package org.chronology.core.api.event.contact;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** An appointment was missed ({@code appointment.missed}). */
public record AppointmentMissed(EntryHeader entry, Details details) implements EntryRecorded {
}
