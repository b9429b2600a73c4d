package org.chronology.core.api.event.plan;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** An escalation was answered (extension of the catalogue) ({@code escalation.responded}). */
public record EscalationResponded(EntryHeader entry, Details details) implements EntryRecorded {
}
