package org.chronology.projections.timeline;

import java.util.Collection;
import java.util.Map;

/** The event store as {@link TimelineCatchUp} reads it: the service implements it on the store's tables. */
public interface StoredEvents {

    /** Where the store holds these entries' first events, by entry id: each entry is a stream its recording begins. */
    Map<String, Long> entryPositions(Collection<String> entryIds);

    /** The payloads of the events at these positions, by position, as stored: not upcast. */
    Map<Long, Object> payloadsAt(Collection<Long> positions);
}
