package org.chronology.projections.gaps;

/** Tells the findings refresher whether the timeline is being rebuilt from the store. */
public interface TimelineRebuilds {

    /** True while a replay of the timeline has not yet caught up with the store. */
    boolean timelineRebuilding();
}
