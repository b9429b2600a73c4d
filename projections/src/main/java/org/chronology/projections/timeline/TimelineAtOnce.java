package org.chronology.projections.timeline;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.chronology.core.api.event.EntryRecorded;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts the entries of a small post on the timeline in the transaction that records them, so that they are there
 * when the post is acknowledged, however far behind a bulk load has put the {@link TimelineProjection}. Runs in a
 * subscribing processor, after the events are in the store. The streaming projection still sees these events and
 * finds their entries already written (it skips entries it holds). Larger posts are left to it, or to the first
 * read of one of their children ({@link TimelineCatchUp}): their rows would lengthen every recording transaction,
 * which on the embedded database holds the one write turn. New entries only: a correction needs its entry and
 * earlier revisions in the table, which a lagging timeline may lack.
 */
@Component
@ProcessingGroup(TimelineAtOnce.GROUP)
public class TimelineAtOnce {

    public static final String GROUP = "timeline-at-once";

    /** The most new entries a recording transaction puts on the timeline itself. */
    public static final int MAX_ENTRIES = 10;

    private static final String PENDING = TimelineAtOnce.class.getName() + ".pending";

    private final TimelineProjection timeline;
    private final TimelineCatchUp catchUp;

    TimelineAtOnce(TimelineProjection timeline, TimelineCatchUp catchUp) {
        this.timeline = timeline;
        this.catchUp = catchUp;
    }

    /** Whether a post of {@code entries} new entries has them on the timeline when it is acknowledged. */
    public static boolean writesInRequest(int entries) {
        return entries <= MAX_ENTRIES;
    }

    @EventHandler
    void on(EntryRecorded event) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        unitOfWork.getOrComputeResource(PENDING, key -> {
            Map<String, EntryRecorded> pending = new LinkedHashMap<>();
            unitOfWork.onPrepareCommit(u -> write(pending));
            return pending;
        }).put(event.entry().entryId(), event);
    }

    private void write(Map<String, EntryRecorded> pending) {
        if (!writesInRequest(pending.size())) {
            return;
        }
        // Where the store put the events, as the streaming projection will see them: the same rows either way.
        Map<String, Long> positions = catchUp.positions(pending.keySet());
        Map<Long, EntryRecorded> byPosition = new TreeMap<>();
        pending.forEach((entryId, event) -> byPosition.put(positions.get(entryId), event));
        timeline.recordNow(byPosition);
    }
}
