package org.chronology.client.api;

import java.util.List;

/** The body of {@code POST /api/v1/subscriptions}: an https target on the allow-list, the rules and children (none: all). */
public record SubscriptionRequest(String target, List<String> rules, List<String> children) {
}
