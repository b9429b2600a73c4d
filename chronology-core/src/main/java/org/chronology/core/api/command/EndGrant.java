package org.chronology.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End a grant of access now. */
public record EndGrant(@TargetAggregateIdentifier String grantId, String tokenId) {
}
