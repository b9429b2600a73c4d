package org.chronology.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revoke a token. Revoking twice is harmless. */
public record RevokeToken(@TargetAggregateIdentifier String tokenId) {
}
