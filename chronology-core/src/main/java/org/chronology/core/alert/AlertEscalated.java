package org.chronology.core.alert;

import java.time.Duration;
import java.time.Instant;

/**
 * An alert was not acknowledged within the configured time, and is escalated to the service's administrators on
 * behalf of the agency it was raised for.
 *
 * @param unacknowledgedFor the configured time it waited
 */
public record AlertEscalated(String alertId, String agency, Duration unacknowledgedFor, Instant escalatedAt) {
}
