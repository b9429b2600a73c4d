package org.chronology.api.workspace;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.chronology.api.security.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Rebuilds the workspace tables from the reviews' own streams, as a replay rebuilds any projection: what reviewers
 * wrote lives in those events, so the tables can be cleared and read back (after a fix to the projection, or a
 * restore). One transaction: readers see the old tables or the new ones, never half of them.
 */
@RestController
class WorkspaceRebuild {

    private static final List<String> TABLES = List.of("review_note", "reviewer_finding", "finding_triage",
            "row_decision");

    private final EventStore events;
    private final JdbcTemplate jdbc;
    private final WorkspaceProjection projection;
    private final TransactionTemplate transactions;

    WorkspaceRebuild(EventStore events, JdbcTemplate jdbc, WorkspaceProjection projection,
                     TransactionTemplate transactions) {
        this.events = events;
        this.jdbc = jdbc;
        this.projection = projection;
        this.transactions = transactions;
    }

    record Rebuilt(int reviews, int events) {
    }

    @PostMapping("/api/v1/admin/review-workspace/rebuild")
    Rebuilt rebuild(Caller caller) {
        caller.requireAdmin("rebuild the review workspace");
        return transactions.execute(status -> {
            TABLES.forEach(table -> jdbc.update("DELETE FROM " + table));
            AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
            List<String> reviews = jdbc.queryForList("SELECT review_id FROM review ORDER BY review_id", String.class);
            int applied = 0;
            for (String reviewId : reviews) {
                // From the first event, not from a snapshot: every event of the stream is wanted.
                DomainEventStream stream = events.readEvents(reviewId, 0);
                while (stream.hasNext()) {
                    var event = stream.next();
                    if (handlers.canHandle(event)) {
                        handle(handlers, event);
                        applied++;
                    }
                }
            }
            return new Rebuilt(reviews.size(), applied);
        });
    }

    private static void handle(AnnotationEventHandlerAdapter handlers, org.axonframework.eventhandling.EventMessage<?> event) {
        try {
            handlers.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException("The workspace could not be rebuilt from " + event.getPayloadType(), e);
        }
    }
}
