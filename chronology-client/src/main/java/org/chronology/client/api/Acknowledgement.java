package org.chronology.client.api;

import java.time.Instant;

/** The answer to one recorded event: {@code status} is {@code recorded} or {@code duplicate}. */
public record Acknowledgement(String eventId, Instant recordedAt, String status) {

    public boolean duplicate() {
        return ItemResult.DUPLICATE.equals(status);
    }
}
