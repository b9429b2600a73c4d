package org.chronology.core.api.event.plan;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A written agreement was made with the family ({@code written_agreement.made}). */
public record WrittenAgreementMade(EntryHeader entry, Details details) implements EntryRecorded {
}
