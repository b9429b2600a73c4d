package org.chronology.client.api;

/** The worker an entry concerns: an id and an upper-case role such as {@code SOCIAL_WORKER}. */
public record Worker(String id, String role) {
}
