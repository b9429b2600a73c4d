package org.chronology.core.access;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.chronology.core.api.event.ReviewOpened;
import org.chronology.core.api.workspace.FindingTriaged;
import org.chronology.core.api.workspace.JoinRows;
import org.chronology.core.api.workspace.NoteTarget;
import org.chronology.core.api.workspace.ReviewNoteWritten;
import org.chronology.core.api.workspace.RowSplit;
import org.chronology.core.api.workspace.RowsJoined;
import org.chronology.core.api.workspace.SplitRow;
import org.chronology.core.api.workspace.TriageFinding;
import org.chronology.core.api.workspace.Verdict;
import org.chronology.core.api.workspace.WriteReviewNote;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.axonframework.test.matchers.Matchers.predicate;

/** A review's own stream holds its reviewers' notes, verdicts and merge decisions, as they made them. */
class ReviewWorkspaceTest {

    private static final ReviewOpened OPENED = new ReviewOpened("review-1", "Family T", List.of("T-Twin1"),
            LocalDate.of(2017, 9, 1), LocalDate.of(2018, 6, 30));

    private AggregateTestFixture<Review> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Review.class);
    }

    @Test
    void aNoteOnAnEntryIsTheReviewersOwnEvent() {
        fixture.given(OPENED)
                .when(new WriteReviewNote("review-1", "note-1", NoteTarget.entry("CSC:T-036"),
                        "The father's history was not used", "Rita Reviewer"))
                .expectEventsMatching(exactSequenceOf(messageWithPayload(predicate((ReviewNoteWritten e) ->
                        e.reviewId().equals("review-1") && e.target().equals(NoteTarget.entry("CSC:T-036"))
                                && e.author().equals("Rita Reviewer") && e.writtenAt() != null)),
                        Matchers.andNoMore()));
    }

    @Test
    void aDismissalKeepsItsReason() {
        fixture.given(OPENED)
                .when(new TriageFinding("review-1", "0123456789abcdef", "SW_TURNOVER", Verdict.DISMISSED,
                        "The second worker covered leave only", "Rita Reviewer"))
                .expectEventsMatching(exactSequenceOf(messageWithPayload(predicate((FindingTriaged e) ->
                        e.verdict() == Verdict.DISMISSED && e.reason().equals("The second worker covered leave only")
                                && e.rule().equals("SW_TURNOVER"))), Matchers.andNoMore()));
    }

    @Test
    void aDismissalWithoutAReasonIsNoCommand() {
        assertThatThrownBy(() -> new TriageFinding("review-1", "0123456789abcdef", "SW_TURNOVER", Verdict.DISMISSED,
                " ", "Rita Reviewer")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splitsAndJoinsAreRecordedInOrder() {
        fixture.given(OPENED, new RowSplit("review-1", "POLICE:P-1", "Rita Reviewer", java.time.Instant.EPOCH))
                .when(new JoinRows("review-1", List.of("CSC:T-1", "HEALTH:H-1"), "Rita Reviewer"))
                .expectEventsMatching(exactSequenceOf(messageWithPayload(predicate((RowsJoined e) ->
                        e.entries().equals(List.of("CSC:T-1", "HEALTH:H-1")))), Matchers.andNoMore()));
        fixture.given(OPENED)
                .when(new SplitRow("review-1", "POLICE:P-1", "Rita Reviewer"))
                .expectEventsMatching(exactSequenceOf(messageWithPayload(predicate((RowSplit e) ->
                        e.entry().equals("POLICE:P-1"))), Matchers.andNoMore()));
    }
}
