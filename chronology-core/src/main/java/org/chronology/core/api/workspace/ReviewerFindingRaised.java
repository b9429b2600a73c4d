package org.chronology.core.api.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A reviewer recorded a finding of their own: a judgement, kept apart from the rules' findings. */
public record ReviewerFindingRaised(String reviewId, String findingId, AdvisoryPattern pattern, LocalDate on,
                                    List<String> entries, String text, String author, Instant raisedAt) {

    public ReviewerFindingRaised {
        entries = List.copyOf(entries);
    }
}
