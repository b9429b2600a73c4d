package org.chronology.api.security;

import org.axonframework.eventhandling.gateway.EventGateway;
import org.chronology.core.api.event.AdministrativeRead;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Records an administrator's read of the audit or the dead letters, in the audit it may be reading. */
@Component
public class AdministrativeReads {

    private final EventGateway events;
    private final Clock clock;

    AdministrativeReads(EventGateway events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(Caller caller, String endpoint) {
        events.publish(new AdministrativeRead(caller.tokenId(), caller.issuedTo(), endpoint, ChildAccess.queryString(),
                clock.instant()));
    }
}
