package org.chronology.core.access;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.chronology.core.api.command.EndGrant;
import org.chronology.core.api.command.GrantAccess;
import org.chronology.core.api.event.AccessGrantEnded;
import org.chronology.core.api.event.AccessGranted;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A grant of access to one child's chronology: made once, ended at most once, early or by its end date. */
@Aggregate
class Grant {

    @AggregateIdentifier
    private String grantId;
    private boolean ended;

    Grant() {
    }

    @CommandHandler
    Grant(GrantAccess command) {
        apply(new AccessGranted(command.grantId(), command.childId(), command.agency(), command.reason(),
                command.until(), command.grantedBy(), command.tokenId(), Instant.now()));
    }

    @CommandHandler
    void handle(EndGrant command) {
        if (!ended) {
            apply(new AccessGrantEnded(grantId, command.tokenId(), Instant.now()));
        }
    }

    @EventSourcingHandler
    void on(AccessGranted event) {
        grantId = event.grantId();
    }

    @EventSourcingHandler
    void on(AccessGrantEnded event) {
        ended = true;
    }
}
