package org.chronology.core.api.event.referral;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** The receiving agency decided what to do with a referral ({@code referral.decision}). */
public record ReferralDecided(EntryHeader entry, Details details) implements EntryRecorded {
}
