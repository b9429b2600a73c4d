package org.chronology.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.chronology.core.api.event.AccessRole;

import java.time.Instant;

/** Issue a token whose secret hashes to {@code secretHash}, to a named person, working until {@code expiresAt}. */
public record IssueToken(@TargetAggregateIdentifier String tokenId, AccessRole role, String agency, String reviewId,
                         String secretHash, String issuedTo, Instant expiresAt) {
}
