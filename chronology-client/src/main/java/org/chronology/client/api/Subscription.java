package org.chronology.client.api;

import java.time.Instant;
import java.util.List;

/**
 * An agency's webhook subscription for its own alerts; {@code rules} and {@code children} empty mean all of them.
 * {@code secret}, the key that signs each delivery, is in the answer that creates it and never again.
 */
public record Subscription(String subscriptionId, String agency, String targetUrl, List<String> rules,
                           List<String> children, boolean paused, Instant createdAt, String secret) {
}
