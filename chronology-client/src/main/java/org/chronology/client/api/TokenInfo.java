package org.chronology.client.api;

import java.time.Instant;

/** A token as administrators list it: never its secret. */
public record TokenInfo(String tokenId, String role, String agency, String reviewId, String issuedTo,
                        Instant issuedAt, Instant expiresAt, Instant revokedAt) {
}
