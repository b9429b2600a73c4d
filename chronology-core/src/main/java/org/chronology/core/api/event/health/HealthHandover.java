package org.chronology.core.api.event.health;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** Care was handed over between health services ({@code health.handover}). */
public record HealthHandover(EntryHeader entry, Details details) implements EntryRecorded {
}
