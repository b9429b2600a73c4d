package org.chronology.core.api.event.details;

/** Which entry an {@code entry.retracted} withdraws, and why. */
public record RetractionDetails(String retractsEventId, String reason) {
}
