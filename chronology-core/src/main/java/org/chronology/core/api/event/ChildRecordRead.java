package org.chronology.core.api.event;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Someone read a child's records: the access audit, kept in the event store with everything else. Revision 2
 * names the moment {@code readAt} (it was {@code at}); older stored events are upcast on reading.
 */
@Revision("2")
public record ChildRecordRead(String tokenId, AccessRole role, String agency, String reviewId, String childId,
                              String endpoint, Instant readAt) {
}
