package org.chronology.api.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.chronology.api.axon.NodeName;
import org.chronology.projections.timeline.TimelineProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * In a cluster, how far a projection has got is read from the shared token table, and from this node's own
 * processor only for the segments the table says are still this node's.
 */
class ProjectionProgressTest {

    private static final String TIMELINE = TimelineProjection.GROUP;
    private static final long HEAD = 100;

    private final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
    private final TokenPositions tokens = mock(TokenPositions.class);
    private ProjectionProgress progress;

    @BeforeEach
    void nodeAInACluster() {
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessor(TIMELINE, StreamingEventProcessor.class)).thenReturn(Optional.of(processor));
        when(processing.eventProcessors()).thenReturn(Map.<String, EventProcessor>of(TIMELINE, processor));
        EventStore eventStore = mock(EventStore.class);
        when(eventStore.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(HEAD));
        when(tokens.lastRecordedEntry()).thenReturn(HEAD);
        NodeName node = mock(NodeName.class);
        when(node.value()).thenReturn("A");
        progress = new ProjectionProgress(processing, eventStore, tokens, null, node, true, Duration.ZERO);
        // Node A's processor processed both segments up to the head.
        Map<Integer, EventTrackerStatus> processed = Map.of(0, status(0), 1, status(1));
        when(processor.processingStatus()).thenReturn(processed);
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

    private static EventTrackerStatus status(int segment) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getSegment()).thenReturn(Segment.computeSegment(segment, 0, 1));
        when(status.getTrackingToken()).thenReturn(new GlobalSequenceTrackingToken(HEAD));
        return status;
    }
}
