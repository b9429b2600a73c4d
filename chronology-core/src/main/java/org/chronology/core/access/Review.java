package org.chronology.core.access;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.chronology.core.api.command.OpenReview;
import org.chronology.core.api.event.ReviewOpened;
import org.chronology.core.api.workspace.FindingTriaged;
import org.chronology.core.api.workspace.JoinRows;
import org.chronology.core.api.workspace.RaiseReviewerFinding;
import org.chronology.core.api.workspace.ReviewNoteWritten;
import org.chronology.core.api.workspace.ReviewerFindingRaised;
import org.chronology.core.api.workspace.RowSplit;
import org.chronology.core.api.workspace.RowsJoined;
import org.chronology.core.api.workspace.SplitRow;
import org.chronology.core.api.workspace.TriageFinding;
import org.chronology.core.api.workspace.WriteReviewNote;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A practice review: the children and the period its reviewers may read, and the reviewers' own workspace (notes,
 * findings, triage, merge decisions), which lives in this stream, apart from the agencies' facts.
 */
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

    @CommandHandler
    void handle(WriteReviewNote command) {
        apply(new ReviewNoteWritten(reviewId, command.noteId(), command.target(), command.text(), command.author(),
                Instant.now()));
    }

    @CommandHandler
    void handle(RaiseReviewerFinding command) {
        apply(new ReviewerFindingRaised(reviewId, command.findingId(), command.pattern(), command.on(),
                command.entries(), command.text(), command.author(), Instant.now()));
    }

    @CommandHandler
    void handle(TriageFinding command) {
        apply(new FindingTriaged(reviewId, command.findingKey(), command.rule(), command.verdict(), command.reason(),
                command.author(), Instant.now()));
    }

    @CommandHandler
    void handle(SplitRow command) {
        apply(new RowSplit(reviewId, command.entry(), command.author(), Instant.now()));
    }

    @CommandHandler
    void handle(JoinRows command) {
        apply(new RowsJoined(reviewId, command.entries(), command.author(), Instant.now()));
    }

    @EventSourcingHandler
    void on(ReviewOpened event) {
        reviewId = event.reviewId();
    }
}
