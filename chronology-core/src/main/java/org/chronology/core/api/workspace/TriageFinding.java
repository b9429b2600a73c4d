package org.chronology.core.api.workspace;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer confirms a rule's finding, or dismisses it with a reason. */
public record TriageFinding(@TargetAggregateIdentifier String reviewId, String findingKey, String rule,
                            Verdict verdict, String reason, String author) {

    public TriageFinding {
        if (verdict == Verdict.DISMISSED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("A dismissal states its reason");
        }
    }
}
