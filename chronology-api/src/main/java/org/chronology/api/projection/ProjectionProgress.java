package org.chronology.api.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.chronology.api.axon.NodeName;
import org.chronology.api.storage.WriteTurns;
import org.chronology.projections.gaps.TimelineRebuilds;
import org.chronology.projections.timeline.TimelineCatchUp;
import org.chronology.projections.timeline.TimelineProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far each streaming projection has got through the event store, and replays. Reads wait (briefly) for
 * their projection to reach the last recorded write, so an agency sees what it just posted. Only recorded
 * writes count: every read appends an audit event, and waiting for those would make each read wait for a
 * projection that has nothing to do with them.
 * <p>
 * On one node the last write this node acknowledged is the last write, and its own processors hold every
 * segment. A small post's entries are on the timeline when it is acknowledged; a bulk post's are remembered by
 * child, and a timeline read of one of those children puts them on the timeline itself ({@link TimelineCatchUp})
 * rather than wait for the projection, which a bulk load leaves tens of seconds behind. Reads wait only for
 * corrections and retractions (they name their entry, not its children). With {@code chronology.cluster.enabled}
 * a write may have been acknowledged by another node, and the segments are spread over the nodes: a read then
 * waits for the newest entry event in the store, and for the positions of all segments in the shared token
 * table.
 */
@Component
public class ProjectionProgress implements TimelineRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionProgress.class);

    /** Beyond this many remembered entries not yet on the timeline, reads wait for all writes. */
    private static final long MAX_REMEMBERED = 1_000_000;
    /** The most entries a read puts on the timeline itself: beyond, it waits for the projection. */
    private static final int MAX_CAUGHT_UP_PER_READ = 5_000;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenPositions tokens;
    private final TimelineCatchUp catchUp;
    private final NodeName node;
    private final boolean clusterWide;
    private final Duration catchUpTimeout;
    private final AtomicLong lastWrite = new AtomicLong(-1);
    /** One node: per child, the positions of new entries about it that the timeline had yet to write. */
    private final TimelineBacklog backlog = new TimelineBacklog();
    /** One node: the last write every timeline read waits for (revisions, and what was stored before a start). */
    private final AtomicLong everyonesWrite = new AtomicLong(-1);

    ProjectionProgress(EventProcessingConfiguration processing, EventStore eventStore, TokenPositions tokens,
                       TimelineCatchUp catchUp, NodeName node,
                       @Value("${chronology.cluster.enabled:false}") boolean clusterWide,
                       @Value("${chronology.reads.catch-up-timeout:2s}") Duration catchUpTimeout) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokens = tokens;
        this.catchUp = catchUp;
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
        noteWrite(Map.of(), true);
    }

    /**
     * Notes that a write was acknowledged: reads from now on wait for the projections to reach it. On one node a
     * timeline read of a child of one of {@code newEntries} (entry id to its children), which the timeline has yet
     * to write, puts the entry on the timeline itself; if {@code revised} (corrections and retractions name their
     * entry, not its children), every timeline read waits for the write.
     */
    public void noteWrite(Map<String, ? extends Collection<String>> newEntries, boolean revised) {
        long head = head();
        lastWrite.accumulateAndGet(head, Math::max);
        if (clusterWide) {
            return;
        }
        // Read after the commit, so outside the write turn.
        Map<String, Long> positions = newEntries.isEmpty() ? Map.of() : catchUp.positions(newEntries.keySet());
        if (revised || positions.size() < newEntries.size()) {
            everyonesWrite.accumulateAndGet(head, Math::max);
        }
        positions.forEach((entryId, position) ->
                newEntries.get(entryId).forEach(child -> backlog.add(child, position)));
        if (backlog.size() > MAX_REMEMBERED) {
            backlog.forgetUpTo(processed(TimelineProjection.GROUP));
        }
        if (backlog.size() > MAX_REMEMBERED) {
            // Too many to remember each: every read waits for all of them.
            everyonesWrite.accumulateAndGet(backlog.clear(), Math::max);
        }
    }

    /** Waits until {@code name} has processed the last recorded write, or the timeout passes. */
    public boolean awaitCatchUp(String name) {
        return await(name, lastAcknowledged());
    }

    /**
     * Puts on the timeline what was acknowledged about these children and the projection has yet to write, and
     * waits for the revisions every read waits for (or until the timeout passes). Returns whether the timeline
     * holds all of it.
     */
    public boolean awaitTimeline(Collection<String> children) {
        if (clusterWide) {
            return awaitCatchUp(TimelineProjection.GROUP);
        }
        return await(TimelineProjection.GROUP, Math.max(everyonesWrite.get(), writeAhead(children)));
    }

    /**
     * On one node, puts on the timeline the new entries about these children that were acknowledged and that the
     * projection has yet to write, in the caller's transaction if there is one. Returns the last position left
     * to the projection (-1 if none): too many entries for one read, or a write that failed.
     */
    public long writeAhead(Collection<String> children) {
        if (clusterWide) {
            return -1;
        }
        long[] ahead = backlog.after(children, processed(TimelineProjection.GROUP));
        if (ahead.length == 0) {
            return -1;
        }
        long last = Arrays.stream(ahead).max().orElseThrow();
        if (ahead.length > MAX_CAUGHT_UP_PER_READ) {
            return last;
        }
        try {
            // A short write a person waits for: ahead of the bulk writers queued for the turn.
            WriteTurns.firstInLine(() -> catchUp.write(Arrays.stream(ahead).boxed().toList()));
            afterCommit(() -> backlog.written(children, ahead));
            return -1;
        } catch (RuntimeException e) {
            log.warn("Could not put {} entries on the timeline ahead of its projection; waiting for it",
                    ahead.length, e);
            return last;
        }
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
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
            tokens.releaseClaims(name);
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
