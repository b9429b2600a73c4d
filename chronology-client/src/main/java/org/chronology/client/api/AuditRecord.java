package org.chronology.client.api;

import java.time.Instant;

/**
 * One audited read: who read (or was refused) which child through which endpoint and parameters, and when;
 * {@code scope} says what the read could see, {@code firstRead} marks an agency's first full read of the child.
 */
public record AuditRecord(String tokenId, String role, String agency, String reviewId, String childId,
                          String endpoint, Instant readAt, String issuedTo, String parameters, String scope,
                          boolean firstRead) {
}
