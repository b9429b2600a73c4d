package org.chronology.client.api;

import java.time.Instant;
import java.util.List;

/**
 * The answer to one recorded event: {@code status} is {@code recorded} or {@code duplicate}; {@code warnings}
 * name details the service read otherwise than given (a synonym) or kept as given without reading them.
 */
public record Acknowledgement(String eventId, Instant recordedAt, String status, List<FieldError> warnings) {

    public Acknowledgement {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public boolean duplicate() {
        return ItemResult.DUPLICATE.equals(status);
    }
}
