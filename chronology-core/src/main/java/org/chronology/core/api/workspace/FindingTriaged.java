package org.chronology.core.api.workspace;

import java.time.Instant;

/** A reviewer's verdict on a rule's finding; a later verdict on the same finding replaces it. */
public record FindingTriaged(String reviewId, String findingKey, String rule, Verdict verdict, String reason,
                             String author, Instant triagedAt) {
}
