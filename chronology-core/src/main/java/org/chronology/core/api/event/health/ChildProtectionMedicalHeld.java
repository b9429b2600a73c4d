package org.chronology.core.api.event.health;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A child protection medical took place ({@code medical.cp_medical}). */
public record ChildProtectionMedicalHeld(EntryHeader entry, Details details) implements EntryRecorded {
}
