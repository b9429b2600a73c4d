package org.chronology.api.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far each streaming projection has got through the event store, and replays. Reads wait (briefly) for
 * their projection to reach the last write this node acknowledged, so an agency sees what it just posted.
 * Only recorded writes count: every read appends an audit event, and waiting for those would make each read
 * wait for a projection that has nothing to do with them.
 */
@Component
public class ProjectionProgress {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Duration catchUpTimeout;
    private final AtomicLong lastWrite = new AtomicLong(-1);

    ProjectionProgress(EventProcessingConfiguration processing, EventStore eventStore,
                       @Value("${chronology.reads.catch-up-timeout:2s}") Duration catchUpTimeout) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.catchUpTimeout = catchUpTimeout;
    }

    public record SegmentStatus(int segment, Long position, boolean replaying, boolean caughtUp, boolean failing) {
    }

    public record Status(String name, long head, boolean caughtUp, boolean replaying, List<SegmentStatus> segments) {
    }

    /** After a start, what was stored before counts as written: reads wait until the projections caught up. */
    @EventListener(ApplicationReadyEvent.class)
    public void noteStoredOnStart() {
        noteWrite();
    }

    /** Notes that a write was acknowledged: reads from now on wait for the projections to reach it. */
    public void noteWrite() {
        lastWrite.accumulateAndGet(head(), Math::max);
    }

    /** Waits until {@code name} has processed the last acknowledged write, or the timeout passes. */
    public boolean awaitCatchUp(String name) {
        long head = lastWrite.get();
        long deadline = System.nanoTime() + catchUpTimeout.toNanos();
        while (true) {
            if (reached(name, head)) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    public List<Status> all() {
        long head = head();
        List<Status> statuses = new ArrayList<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                List<SegmentStatus> segments = streaming.processingStatus().values().stream()
                        .sorted(Comparator.comparingInt(s -> s.getSegment().getSegmentId()))
                        .map(s -> new SegmentStatus(s.getSegment().getSegmentId(), position(s).orElse(null),
                                s.isReplaying() && position(s).orElse(-1L) < head, position(s).orElse(-1L) >= head,
                                s.isErrorState()))
                        .toList();
                boolean caughtUp = reached(name, head);
                statuses.add(new Status(name, head, caughtUp, streaming.isReplaying() && !caughtUp, segments));
            }
        });
        return statuses;
    }

    public Optional<Status> status(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Clears the projection's tables and rebuilds them from the first event. */
    public boolean replay(String name) {
        Optional<StreamingEventProcessor> found = processing.eventProcessor(name, StreamingEventProcessor.class);
        if (found.isEmpty() || !found.get().supportsReset()) {
            return false;
        }
        StreamingEventProcessor processor = found.get();
        processor.shutdownAsync().join();
        processor.resetTokens();
        processor.start();
        return true;
    }

    private boolean reached(String name, long head) {
        if (head < 0) {
            return true;
        }
        Optional<StreamingEventProcessor> processor = processing.eventProcessor(name, StreamingEventProcessor.class);
        if (processor.isEmpty()) {
            return true;
        }
        Map<Integer, EventTrackerStatus> segments = processor.get().processingStatus();
        // Position alone: Axon keeps a replayed segment flagged "replaying" until an event beyond the reset
        // point arrives, which on a quiet store may be never.
        return !segments.isEmpty() && segments.values().stream().allMatch(s -> position(s).orElse(-1L) >= head);
    }

    private long head() {
        TrackingToken token = eventStore.createHeadToken();
        return token == null ? -1 : token.position().orElse(-1);
    }

    private static Optional<Long> position(EventTrackerStatus status) {
        TrackingToken token = status.getTrackingToken();
        if (token == null || token.position().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(token.position().getAsLong());
    }
}
