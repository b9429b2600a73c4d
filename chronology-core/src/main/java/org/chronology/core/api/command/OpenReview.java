package org.chronology.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Open a practice review of {@code children} over {@code [from, to]}. */
public record OpenReview(@TargetAggregateIdentifier String reviewId, String name, List<String> children,
                         LocalDate from, LocalDate to) {
}
