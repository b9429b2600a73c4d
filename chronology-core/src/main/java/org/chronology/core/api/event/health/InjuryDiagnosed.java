package org.chronology.core.api.event.health;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.InjuryDetails;

/** A clinician diagnosed an injury ({@code injury.diagnosed}). */
public record InjuryDiagnosed(EntryHeader entry, InjuryDetails details) implements EntryRecorded {
}
