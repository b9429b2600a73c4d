package org.chronology.api.security;

import org.axonframework.eventhandling.gateway.EventGateway;
import org.chronology.api.projection.ProjectionProgress;
import org.chronology.api.storage.WriteTurns;
import org.chronology.api.web.Problem;
import org.chronology.core.api.event.ChildRecordRead;
import org.chronology.projections.access.AccessRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Decides whether a caller may read a child's records, and records every read that it allows. A refusal is
 * the same whether or not the child is known, so it reveals nothing.
 */
@Component
public class ChildAccess {

    private final AccessRepository access;
    private final ProjectionProgress progress;
    private final EventGateway events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ChildAccess(AccessRepository access, ProjectionProgress progress, EventGateway events, Clock clock,
                TransactionTemplate transactions) {
        this.access = access;
        this.progress = progress;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** The period a caller may see of a child: a reviewer's review period, unbounded otherwise. */
    public record Period(LocalDate from, LocalDate to) {

        /** {@code requested} narrowed to this period. */
        public LocalDate clampFrom(LocalDate requested) {
            return from == null || (requested != null && requested.isAfter(from)) ? requested : from;
        }

        public LocalDate clampTo(LocalDate requested) {
            return to == null || (requested != null && requested.isBefore(to)) ? requested : to;
        }
    }

    public Period authorizeRead(Caller caller, String childId, String endpoint) {
        Period period = switch (caller.role()) {
            case REVIEWER -> caller.review().children().contains(childId)
                    ? new Period(caller.review().from(), caller.review().to()) : null;
            case AGENCY -> {
                progress.awaitTimeline(List.of(childId));
                yield access.hasRecordedFor(caller.agency(), childId) ? new Period(null, null) : null;
            }
            case ADMIN, DASHBOARD -> null;
        };
        if (period == null) {
            throw Problem.forbidden("This token may not read this child's records.");
        }
        ChildRecordRead read = new ChildRecordRead(caller.tokenId(), caller.role(), caller.agency(),
                caller.review() == null ? null : caller.review().reviewId(), childId, endpoint, clock.instant());
        // The event and the audit row it feeds in one transaction: one commit per read, not two; ahead of bulk
        // writers, since the reader waits for it. The child's entries the timeline projection has yet to write go
        // in it too (the read would otherwise wait for the write turn a second time to write them).
        WriteTurns.firstInLine(() -> transactions.executeWithoutResult(status -> {
            progress.writeAhead(List.of(childId));
            events.publish(read);
        }));
        return period;
    }
}
