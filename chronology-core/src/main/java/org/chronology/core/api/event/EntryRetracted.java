package org.chronology.core.api.event;

import org.chronology.core.api.event.details.RetractionDetails;

/** The recording agency withdrew one of its entries; the original stays in the store, marked retracted. */
public record EntryRetracted(String entryId, EntryHeader retraction, RetractionDetails details) {
}
