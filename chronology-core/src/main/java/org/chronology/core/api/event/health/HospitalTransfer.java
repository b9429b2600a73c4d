package org.chronology.core.api.event.health;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A patient moved between hospital units or hospitals ({@code hospital.transfer}). */
public record HospitalTransfer(EntryHeader entry, Details details) implements EntryRecorded {
}
