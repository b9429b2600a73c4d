package org.chronology.core.api.event.worker;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A worker was allocated ({@code worker.allocated}). */
public record WorkerAllocated(EntryHeader entry, Details details) implements EntryRecorded {
}
