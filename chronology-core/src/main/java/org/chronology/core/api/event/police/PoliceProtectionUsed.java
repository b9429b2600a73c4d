package org.chronology.core.api.event.police;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.GeneralDetails;

/** A child was taken into police protection ({@code police.protection}). */
public record PoliceProtectionUsed(EntryHeader entry, GeneralDetails details) implements EntryRecorded {
}
