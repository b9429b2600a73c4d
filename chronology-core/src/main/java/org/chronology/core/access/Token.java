package org.chronology.core.access;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.chronology.core.api.command.IssueToken;
import org.chronology.core.api.command.RevokeToken;
import org.chronology.core.api.event.TokenIssued;
import org.chronology.core.api.event.TokenRevoked;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A bearer token's life: issued once, revoked at most once. */
@Aggregate
class Token {

    @AggregateIdentifier
    private String tokenId;
    private boolean revoked;

    Token() {
    }

    @CommandHandler
    Token(IssueToken command) {
        apply(new TokenIssued(command.tokenId(), command.role(), command.agency(), command.reviewId(),
                command.secretHash(), Instant.now(), command.issuedTo(), command.expiresAt()));
    }

    @CommandHandler
    void handle(RevokeToken command) {
        if (!revoked) {
            apply(new TokenRevoked(tokenId, Instant.now()));
        }
    }

    @EventSourcingHandler
    void on(TokenIssued event) {
        tokenId = event.tokenId();
    }

    @EventSourcingHandler
    void on(TokenRevoked event) {
        revoked = true;
    }
}
