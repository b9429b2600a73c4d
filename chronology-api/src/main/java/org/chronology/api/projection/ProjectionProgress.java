package org.chronology.api.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.chronology.api.axon.NodeName;
import org.chronology.projections.gaps.TimelineRebuilds;
import org.chronology.projections.timeline.TimelineProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far each streaming projection has got through the event store, and replays. Reads wait (briefly) for
 * their projection to reach the last recorded write, so an agency sees what it just posted. Only recorded
 * writes count: every read appends an audit event, and waiting for those would make each read wait for a
 * projection that has nothing to do with them.
 * <p>
 * On one node the last write this node acknowledged is the last write, and its own processors hold every
 * segment. A timeline read there waits only for writes about its children that left the timeline behind (a
 * small post's entries are on it when acknowledged): a bulk load of some children's histories does not hold up
 * reads of the others. With {@code chronology.cluster.enabled} a write may have been acknowledged by another
 * node, and the segments are spread over the nodes: a read then waits for the newest entry event in the store,
 * and for the positions of all segments in the shared token table.
 */
@Component
public class ProjectionProgress implements TimelineRebuilds {

    /** Beyond this many children with writes not yet on the timeline, reads wait for all writes. */
    private static final int MAX_CHILDREN_WAITED_FOR = 100_000;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenPositions tokens;
    private final JdbcTemplate jdbc;
    private final NodeName node;
    private final boolean clusterWide;
    private final Duration catchUpTimeout;
    private final AtomicLong lastWrite = new AtomicLong(-1);
    /** One node: per child, the last write whose new entries the timeline had yet to write. */
    private final Map<String, Long> childWrites = new ConcurrentHashMap<>();
    /** One node: the last write every timeline read waits for (revisions, and what was stored before a start). */
    private final AtomicLong everyonesWrite = new AtomicLong(-1);

    ProjectionProgress(EventProcessingConfiguration processing, EventStore eventStore, TokenPositions tokens,
                       JdbcTemplate jdbc, NodeName node,
                       @Value("${chronology.cluster.enabled:false}") boolean clusterWide,
                       @Value("${chronology.reads.catch-up-timeout:2s}") Duration catchUpTimeout) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.node = node;
        this.clusterWide = clusterWide;
        this.catchUpTimeout = catchUpTimeout;
    }

    /** One segment as the shared token table has it, and whether this node, if it holds it, finds it failing. */
    public record SegmentStatus(int segment, Long position, String owner, boolean replaying, boolean caughtUp,
                                boolean failing) {
    }

    /** {@code node} is the node that answered; {@code head} the store's last position. */
    public record Status(String name, String node, long head, boolean caughtUp, boolean replaying,
                         List<SegmentStatus> segments) {
    }

    /** After a start, what was stored before counts as written: reads wait until the projections caught up. */
    @EventListener(ApplicationReadyEvent.class)
    public void noteStoredOnStart() {
        noteWrite(Set.of(), true);
    }

    /**
     * Notes that a write was acknowledged: reads from now on wait for the projections to reach it. On one node a
     * timeline read waits for it only if it reads one of {@code lagging}, the children whose new entries the
     * timeline has yet to write, or if {@code revised}: corrections and retractions name their entry, not its
     * children.
     */
    public void noteWrite(Collection<String> lagging, boolean revised) {
        long head = head();
        lastWrite.accumulateAndGet(head, Math::max);
        if (clusterWide) {
            return;
        }
        if (revised) {
            everyonesWrite.accumulateAndGet(head, Math::max);
        }
        lagging.forEach(child -> childWrites.merge(child, head, Math::max));
        if (childWrites.size() > MAX_CHILDREN_WAITED_FOR) {
            long written = processed(TimelineProjection.GROUP);
            childWrites.values().removeIf(position -> position <= written);
        }
        if (childWrites.size() > MAX_CHILDREN_WAITED_FOR) {
            // Too many to remember each: every read waits for all of them.
            childWrites.values().stream().max(Long::compare)
                    .ifPresent(latest -> everyonesWrite.accumulateAndGet(latest, Math::max));
            childWrites.clear();
        }
    }

    /** Waits until {@code name} has processed the last recorded write, or the timeout passes. */
    public boolean awaitCatchUp(String name) {
        return await(name, lastAcknowledged());
    }

    /** Waits until the timeline has written what was acknowledged about these children, or the timeout passes. */
    public boolean awaitTimeline(Collection<String> children) {
        if (clusterWide) {
            return awaitCatchUp(TimelineProjection.GROUP);
        }
        long target = everyonesWrite.get();
        for (String child : children) {
            target = Math.max(target, childWrites.getOrDefault(child, -1L));
        }
        boolean reached = await(TimelineProjection.GROUP, target);
        if (reached) {
            long written = target;
            children.forEach(child ->
                    childWrites.computeIfPresent(child, (c, position) -> position <= written ? null : position));
        }
        return reached;
    }

    private boolean await(String name, long head) {
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
                Map<Integer, EventTrackerStatus> local = streaming.processingStatus();
                List<SegmentStatus> segments = tokens.of(name).stream()
                        .map(claim -> segmentStatus(claim, heldHere(claim, local), head))
                        .toList();
                boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(SegmentStatus::caughtUp);
                boolean replaying = segments.stream().anyMatch(SegmentStatus::replaying);
                statuses.add(new Status(name, node.value(), head, caughtUp, replaying, segments));
            }
        });
        return statuses;
    }

    private static SegmentStatus segmentStatus(TokenPositions.Claim claim, EventTrackerStatus local, long head) {
        long position = positionOf(claim, local);
        boolean replaying = local != null ? local.isReplaying() : claim.replaying();
        return new SegmentStatus(claim.segment(), position < 0 ? null : position, claim.owner(),
                replaying && position < head, position >= head, local != null && local.isErrorState());
    }

    @Override
    public boolean timelineRebuilding() {
        return status(TimelineProjection.GROUP).map(Status::replaying).orElse(false);
    }

    @Override
    public boolean timelineCatchingUp() {
        return !reached(TimelineProjection.GROUP, lastAcknowledged());
    }

    /** The last write acknowledged: by this node, or with {@code chronology.cluster.enabled} by any node. */
    private long lastAcknowledged() {
        return clusterWide ? Math.max(lastWrite.get(), tokens.lastRecordedEntry()) : lastWrite.get();
    }

    public Optional<Status> status(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * Clears the projection's tables and rebuilds them from the first event. Resetting needs every segment's
     * claim, so this node stops its own processor and takes the others' claims away; their nodes notice when
     * they next store a token, roll that batch back and let go of the segment.
     */
    public boolean replay(String name) {
        Optional<StreamingEventProcessor> found = processing.eventProcessor(name, StreamingEventProcessor.class);
        if (found.isEmpty() || !found.get().supportsReset()) {
            return false;
        }
        StreamingEventProcessor processor = found.get();
        processor.shutdownAsync().join();
        for (int attempt = 1; ; attempt++) {
            jdbc.update("UPDATE TokenEntry SET owner = NULL WHERE processorName = ?", name);
            try {
                processor.resetTokens();
                break;
            } catch (UnableToClaimTokenException reclaimedMeanwhile) {
                if (attempt == 5) {
                    processor.start();
                    throw reclaimedMeanwhile;
                }
            }
        }
        processor.start();
        return true;
    }

    private boolean reached(String name, long head) {
        return head < 0 || processed(name) >= head;
    }

    /**
     * The position every segment of the projection has reached. Position alone: Axon keeps a replayed segment
     * flagged "replaying" until an event beyond the reset point arrives, which on a quiet store may be never.
     */
    private long processed(String name) {
        Optional<StreamingEventProcessor> processor = processing.eventProcessor(name, StreamingEventProcessor.class);
        if (processor.isEmpty()) {
            return Long.MAX_VALUE;
        }
        Map<Integer, EventTrackerStatus> local = processor.get().processingStatus();
        // Alone, a node's own statuses are the truth; in a cluster only the shared table says which are still its.
        if (!clusterWide && holdsEverySegment(local.values())) {
            return local.values().stream().mapToLong(ProjectionProgress::position).min().orElse(-1);
        }
        return tokens.of(name).stream().mapToLong(claim -> positionOf(claim, heldHere(claim, local))).min().orElse(-1);
    }

    /**
     * This node's status of a segment the shared table says it holds. A processor learns that another node has
     * taken a segment (a replay started elsewhere takes every claim) only when it next stores the segment's
     * token; until then its status is stale, and reading it would count a segment being replayed as caught up.
     */
    private EventTrackerStatus heldHere(TokenPositions.Claim claim, Map<Integer, EventTrackerStatus> local) {
        return node.value().equals(claim.owner()) ? local.get(claim.segment()) : null;
    }

    /** A segment this node holds is as far as its processor got, which may not have been stored yet. */
    private static long positionOf(TokenPositions.Claim claim, EventTrackerStatus heldHere) {
        return heldHere != null ? position(heldHere) : claim.position();
    }

    /** Whether the segments this node holds make up the whole stream (each is 1/(mask+1) of it). */
    private static boolean holdsEverySegment(Collection<EventTrackerStatus> local) {
        double share = local.stream().mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1)).sum();
        return share > 0.999;
    }

    private long head() {
        TrackingToken token = eventStore.createHeadToken();
        return token == null ? -1 : token.position().orElse(-1);
    }

    private static long position(EventTrackerStatus status) {
        TrackingToken token = status.getTrackingToken();
        return token == null ? -1 : token.position().orElse(-1);
    }
}
