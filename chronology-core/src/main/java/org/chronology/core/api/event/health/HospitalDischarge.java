package org.chronology.core.api.event.health;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A person was discharged from hospital ({@code hospital.discharge}). */
public record HospitalDischarge(EntryHeader entry, Details details) implements EntryRecorded {
}
