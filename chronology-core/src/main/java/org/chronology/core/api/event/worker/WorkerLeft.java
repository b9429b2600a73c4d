package org.chronology.core.api.event.worker;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A worker stopped working with the person ({@code worker.left}). */
public record WorkerLeft(EntryHeader entry, Details details) implements EntryRecorded {
}
