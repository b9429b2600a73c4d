package org.chronology.core.api.event.referral;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A closed case was reopened ({@code case.reopened}). */
public record CaseReopened(EntryHeader entry, Details details) implements EntryRecorded {
}
