package org.chronology.client.api;

import java.time.Instant;

/** The outcome of one event of a batch, in request order; a rejected event carries its own problem. */
public record ItemResult(String eventId, String status, Instant recordedAt, Problem problem) {

    public static final String RECORDED = "recorded";
    public static final String DUPLICATE = "duplicate";
    public static final String REJECTED = "rejected";

    public boolean rejected() {
        return REJECTED.equals(status);
    }
}
