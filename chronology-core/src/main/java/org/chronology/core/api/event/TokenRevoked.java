package org.chronology.core.api.event;

import java.time.Instant;

/** An administrator revoked a token; it is refused from then on. */
public record TokenRevoked(String tokenId, Instant revokedAt) {
}
