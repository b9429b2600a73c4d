package org.chronology.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Let {@code agency} read the child's whole chronology until {@code until}; {@code grantedBy} null: an administrator. */
public record GrantAccess(@TargetAggregateIdentifier String grantId, String childId, String agency, String reason,
                          Instant until, String grantedBy, String tokenId) {
}
