package org.chronology.core.api.event.meeting;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A child in need review meeting took place ({@code meeting.cin_review}). */
public record CinReviewMeetingHeld(EntryHeader entry, Details details) implements EntryRecorded {
}
