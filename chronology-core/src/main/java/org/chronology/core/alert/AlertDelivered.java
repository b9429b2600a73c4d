package org.chronology.core.alert;

import java.time.Instant;

/** A subscription's webhook target accepted an alert (a 2xx answer), on the given attempt. */
public record AlertDelivered(String alertId, String subscriptionId, long delivery, int attempt,
                             Instant deliveredAt) {
}
