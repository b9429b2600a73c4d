package org.chronology.core.api.workspace;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** A reviewer records a finding of their own, dated {@code on}, citing entries ({@code agency:eventId}). */
public record RaiseReviewerFinding(@TargetAggregateIdentifier String reviewId, String findingId,
                                   AdvisoryPattern pattern, LocalDate on, List<String> entries, String text,
                                   String author) {

    public RaiseReviewerFinding {
        entries = List.copyOf(entries);
    }
}
