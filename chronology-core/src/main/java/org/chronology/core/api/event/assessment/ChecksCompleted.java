package org.chronology.core.api.event.assessment;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** Agency checks on a person were completed ({@code checks.completed}). */
public record ChecksCompleted(EntryHeader entry, Details details) implements EntryRecorded {
}
