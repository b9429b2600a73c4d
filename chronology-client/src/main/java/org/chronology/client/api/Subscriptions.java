package org.chronology.client.api;

import java.util.List;

/** The answer of {@code GET /api/v1/subscriptions}: the calling agency's subscriptions, without their secrets. */
public record Subscriptions(List<Subscription> subscriptions) {
}
