package org.chronology.core.api.event.review;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A practice review was commissioned ({@code review.commissioned}). */
public record ReviewCommissioned(EntryHeader entry, Details details) implements EntryRecorded {
}
