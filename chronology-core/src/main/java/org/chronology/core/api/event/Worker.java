package org.chronology.core.api.event;

/** The practitioner concerned; {@code role} is an upper-case code such as {@code SOCIAL_WORKER}. */
public record Worker(String id, String role) {

    public static final String SOCIAL_WORKER = "SOCIAL_WORKER";
    public static final String PERSONAL_ADVISER = "PERSONAL_ADVISER";
}
