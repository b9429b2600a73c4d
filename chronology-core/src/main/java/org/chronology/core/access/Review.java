package org.chronology.core.access;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.chronology.core.api.command.OpenReview;
import org.chronology.core.api.event.ReviewOpened;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A practice review: the children and the period its reviewers may read. */
@Aggregate
class Review {

    @AggregateIdentifier
    private String reviewId;

    Review() {
    }

    @CommandHandler
    Review(OpenReview command) {
        apply(new ReviewOpened(command.reviewId(), command.name(), command.children(), command.from(), command.to()));
    }

    @EventSourcingHandler
    void on(ReviewOpened event) {
        reviewId = event.reviewId();
    }
}
