package org.chronology.core.api.event.health;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.GeneralDetails;

/** A child protection medical took place ({@code medical.cp_medical}). */
public record ChildProtectionMedicalHeld(EntryHeader entry, GeneralDetails details) implements EntryRecorded {
}
