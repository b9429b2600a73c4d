package org.chronology.core.api.event.referral;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.GeneralDetails;

/** A case was opened ({@code case.opened}). */
public record CaseOpened(EntryHeader entry, GeneralDetails details) implements EntryRecorded {
}
