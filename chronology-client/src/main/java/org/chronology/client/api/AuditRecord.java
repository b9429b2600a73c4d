package org.chronology.client.api;

import java.time.Instant;

/** One read of a child's records: who read which child through which endpoint, and when. */
public record AuditRecord(String tokenId, String role, String agency, String reviewId, String childId,
                          String endpoint, Instant readAt) {
}
