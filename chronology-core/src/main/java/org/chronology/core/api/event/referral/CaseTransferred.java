package org.chronology.core.api.event.referral;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A case moved between teams or areas ({@code case.transferred}). */
public record CaseTransferred(EntryHeader entry, Details details) implements EntryRecorded {
}
