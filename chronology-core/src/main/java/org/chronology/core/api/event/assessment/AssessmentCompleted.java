package org.chronology.core.api.event.assessment;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.AssessmentDetails;

/** An assessment was completed ({@code assessment.completed}). */
public record AssessmentCompleted(EntryHeader entry, AssessmentDetails details) implements EntryRecorded {
}
