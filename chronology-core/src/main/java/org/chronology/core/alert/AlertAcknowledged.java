package org.chronology.core.alert;

import java.time.Instant;

/** Someone of the alerted agency acknowledged the alert: who (the token's person), with which token, and when. */
public record AlertAcknowledged(String alertId, String agency, String acknowledgedBy, String tokenId,
                                Instant acknowledgedAt) {
}
