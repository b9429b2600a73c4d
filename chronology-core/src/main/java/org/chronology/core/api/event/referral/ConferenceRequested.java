package org.chronology.core.api.event.referral;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A partner asked for a child protection conference ({@code conference.requested}). */
public record ConferenceRequested(EntryHeader entry, Details details) implements EntryRecorded {
}
