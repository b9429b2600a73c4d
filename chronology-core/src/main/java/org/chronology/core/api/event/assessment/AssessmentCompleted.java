package org.chronology.core.api.event.assessment;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** An assessment was completed ({@code assessment.completed}). */
public record AssessmentCompleted(EntryHeader entry, Details details) implements EntryRecorded {
}
