package org.chronology.api.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.chronology.api.axon.NodeName;
import org.chronology.projections.timeline.TimelineCatchUp;
import org.chronology.projections.timeline.TimelineProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * In a cluster, how far a projection has got is read from the shared token table, and from this node's own
 * processor only for the segments the table says are still this node's. On one node, a timeline read waits for
 * for revisions, and writes its children's entries that the projection has yet to reach rather than wait for it.
 */
class ProjectionProgressTest {

    private static final String TIMELINE = TimelineProjection.GROUP;
    private static final long HEAD = 100;

    private final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
    private final TokenPositions tokens = mock(TokenPositions.class);
    private final EventStore eventStore = mock(EventStore.class);
    private final TimelineCatchUp catchUp = mock(TimelineCatchUp.class);
    private ProjectionProgress progress;

    @BeforeEach
    void nodeAInACluster() {
        progress = progress(true);
    }

    private ProjectionProgress progress(boolean clusterWide) {
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessor(TIMELINE, StreamingEventProcessor.class)).thenReturn(Optional.of(processor));
        when(processing.eventProcessors()).thenReturn(Map.<String, EventProcessor>of(TIMELINE, processor));
        when(eventStore.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(HEAD));
        when(tokens.lastRecordedEntry()).thenReturn(HEAD);
        NodeName node = mock(NodeName.class);
        when(node.value()).thenReturn("A");
        // Node A's processor processed both segments up to the head.
        Map<Integer, EventTrackerStatus> statuses = Map.of(0, status(0, HEAD), 1, status(1, HEAD));
        when(processor.processingStatus()).thenReturn(statuses);
        return new ProjectionProgress(processing, eventStore, tokens, catchUp, node, clusterWide,
                Duration.ZERO);
    }

    @Test
    void segmentsAReplayOnAnotherNodeHasTakenCountWhereTheTableHasThemNotWhereThisNodeLastSawThem() {
        when(tokens.of(TIMELINE)).thenReturn(List.of(new TokenPositions.Claim(0, 10, "B", true),
                new TokenPositions.Claim(1, 10, "B", true)));

        assertThat(progress.timelineCatchingUp()).isTrue();
        assertThat(progress.awaitCatchUp(TIMELINE)).isFalse();
        assertThat(progress.status(TIMELINE).orElseThrow().caughtUp()).isFalse();
    }

    @Test
    void segmentsThisNodeHoldsCountAsFarAsItsProcessorGotBeforeItStoredTheirTokens() {
        when(tokens.of(TIMELINE)).thenReturn(List.of(new TokenPositions.Claim(0, 10, "A", false),
                new TokenPositions.Claim(1, 10, "A", false)));

        assertThat(progress.timelineCatchingUp()).isFalse();
        assertThat(progress.awaitCatchUp(TIMELINE)).isTrue();
        assertThat(progress.status(TIMELINE).orElseThrow().caughtUp()).isTrue();
    }

    @Test
    void aloneATimelineReadWritesTheBulkEntriesOfItsChildrenTheProjectionHasNotReachedAndWaitsForRevisions() {
        ProjectionProgress alone = progress(false);
        when(eventStore.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(HEAD + 50));
        when(catchUp.positions(Set.of("HV:1", "HV:2", "HV:3")))
                .thenReturn(Map.of("HV:1", HEAD - 5, "HV:2", HEAD + 10, "HV:3", HEAD + 20));

        alone.noteWrite(Map.of("HV:1", List.of("Bulk2"), "HV:2", List.of("Bulk1"), "HV:3", List.of("Bulk1", "Bulk2")),
                false);
        assertThat(alone.awaitTimeline(List.of("Other"))).isTrue();
        verify(catchUp, never()).write(any());
        assertThat(alone.awaitTimeline(List.of("Other", "Bulk2"))).isTrue();
        verify(catchUp).write(List.of(HEAD + 20)); // HV:1 is behind the projection: on the timeline already
        assertThat(alone.awaitTimeline(List.of("Bulk2"))).isTrue();
        verify(catchUp).write(any()); // still the one write: written entries are forgotten
        assertThat(alone.awaitCatchUp(TIMELINE)).as("turnover and the refresher wait for every write").isFalse();

        doThrow(new IllegalStateException("database gone")).when(catchUp).write(any());
        assertThat(alone.awaitTimeline(List.of("Bulk1"))).as("failing to write, it waits for the projection").isFalse();

        alone.noteWrite(Map.of(), true);
        assertThat(alone.awaitTimeline(List.of("Other"))).isFalse();
    }

    private static EventTrackerStatus status(int segment, long position) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getSegment()).thenReturn(Segment.computeSegment(segment, 0, 1));
        when(status.getTrackingToken()).thenReturn(new GlobalSequenceTrackingToken(position));
        return status;
    }
}
