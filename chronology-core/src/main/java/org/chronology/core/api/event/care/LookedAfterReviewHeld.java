package org.chronology.core.api.event.care;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A looked-after child review took place ({@code lac.review}). */
public record LookedAfterReviewHeld(EntryHeader entry, Details details) implements EntryRecorded {
}
