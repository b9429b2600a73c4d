package org.chronology.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.chronology.core.api.event.AccessRole;

/** Issue a token whose secret hashes to {@code secretHash}. */
public record IssueToken(@TargetAggregateIdentifier String tokenId, AccessRole role, String agency, String reviewId,
                         String secretHash) {
}
