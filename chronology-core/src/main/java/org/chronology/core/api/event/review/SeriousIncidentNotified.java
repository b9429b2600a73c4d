package org.chronology.core.api.event.review;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A serious incident was notified ({@code serious_incident.notified}). */
public record SeriousIncidentNotified(EntryHeader entry, Details details) implements EntryRecorded {
}
