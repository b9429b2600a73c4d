package org.chronology.core.api.event.referral;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A referral was made to another agency or service ({@code referral.made}). */
public record ReferralMade(EntryHeader entry, Details details) implements EntryRecorded {
}
