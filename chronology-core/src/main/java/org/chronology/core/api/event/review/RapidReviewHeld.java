package org.chronology.core.api.event.review;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A rapid review took place ({@code review.rapid_review}). */
public record RapidReviewHeld(EntryHeader entry, Details details) implements EntryRecorded {
}
