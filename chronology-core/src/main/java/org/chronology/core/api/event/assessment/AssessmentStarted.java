package org.chronology.core.api.event.assessment;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** An assessment started ({@code assessment.started}). */
public record AssessmentStarted(EntryHeader entry, Details details) implements EntryRecorded {
}
