package org.chronology.core.api.event.health;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A clinician diagnosed an injury ({@code injury.diagnosed}). */
public record InjuryDiagnosed(EntryHeader entry, Details details) implements EntryRecorded {
}
