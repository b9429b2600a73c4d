package org.chronology.core.api.event.referral;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A case was closed ({@code case.closed}). */
public record CaseClosed(EntryHeader entry, Details details) implements EntryRecorded {
}
