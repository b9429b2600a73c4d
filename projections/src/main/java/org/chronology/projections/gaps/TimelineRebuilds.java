package org.chronology.projections.gaps;

/** Tells the findings refresher whether the timeline is being rebuilt from the store, or catching up with writes. */
public interface TimelineRebuilds {

    /** True while a replay of the timeline has not yet caught up with the store. */
    boolean timelineRebuilding();

    /** True while the timeline has yet to process writes already acknowledged, as during a bulk load. */
    boolean timelineCatchingUp();
}
