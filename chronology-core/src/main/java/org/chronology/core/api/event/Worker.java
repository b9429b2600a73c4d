package org.chronology.core.api.event;

/** The practitioner concerned; {@code role} is an upper-case code such as {@code SOCIAL_WORKER}. */
public record Worker(String id, String role) {
}
