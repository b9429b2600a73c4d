package org.chronology.core.api.event.referral;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A case was opened ({@code case.opened}). */
public record CaseOpened(EntryHeader entry, Details details) implements EntryRecorded {
}
