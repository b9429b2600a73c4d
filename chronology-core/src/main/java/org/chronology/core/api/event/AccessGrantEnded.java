package org.chronology.core.api.event;

import java.time.Instant;

/** A grant of access was ended before its end date, by the agency that made it or an administrator. */
public record AccessGrantEnded(String grantId, String tokenId, Instant endedAt) {
}
