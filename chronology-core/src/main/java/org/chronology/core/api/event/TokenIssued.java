package org.chronology.core.api.event;

import java.time.Instant;

/**
 * An administrator issued a bearer token. Only a hash of its secret is kept; the secret itself was shown once.
 *
 * @param agency    the agency an agency token acts for; {@code null} for other roles
 * @param reviewId  the review a reviewer token is scoped to; {@code null} for other roles
 * @param issuedTo  the named person (or, for a dashboard, the system) the token was given to
 * @param expiresAt after this instant the token no longer works; {@code null}: until revoked
 */
public record TokenIssued(String tokenId, AccessRole role, String agency, String reviewId, String secretHash,
                          Instant issuedAt, String issuedTo, Instant expiresAt) {
}
