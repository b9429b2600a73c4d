package org.chronology.core.api.event.plan;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A partner escalated a disagreement ({@code escalation.raised}). */
public record EscalationRaised(EntryHeader entry, Details details) implements EntryRecorded {
}
