package org.chronology.client.api;

import java.time.Instant;

/** The body of a token request: the person (or, for a dashboard, the system) it is for, and an optional expiry. */
public record TokenRequest(String issuedTo, Instant expiresAt) {
}
