package org.chronology.client.api;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one event of a batch, in request order; a rejected event carries its own problem, a recorded
 * one the warnings about details the service read otherwise than given or kept unread.
 */
public record ItemResult(String eventId, String status, Instant recordedAt, Problem problem, List<FieldError> warnings) {

    public ItemResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public static final String RECORDED = "recorded";
    public static final String DUPLICATE = "duplicate";
    public static final String REJECTED = "rejected";

    public boolean rejected() {
        return REJECTED.equals(status);
    }
}
