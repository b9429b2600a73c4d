package org.chronology.core.api.event.police;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A child was taken into police protection ({@code police.protection}). */
public record PoliceProtectionUsed(EntryHeader entry, Details details) implements EntryRecorded {
}
