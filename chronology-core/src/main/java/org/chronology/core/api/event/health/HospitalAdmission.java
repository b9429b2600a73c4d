package org.chronology.core.api.event.health;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A person was admitted to hospital ({@code hospital.admission}). */
public record HospitalAdmission(EntryHeader entry, Details details) implements EntryRecorded {
}
