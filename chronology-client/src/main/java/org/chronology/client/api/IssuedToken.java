package org.chronology.client.api;

import java.time.Instant;

/** A newly issued token: the secret is shown only this once. */
public record IssuedToken(String tokenId, String token, String role, String agency, String issuedTo,
                          Instant expiresAt) {
}
