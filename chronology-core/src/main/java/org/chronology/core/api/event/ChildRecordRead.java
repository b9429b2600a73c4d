package org.chronology.core.api.event;

import java.time.Instant;

/** Someone read a child's records: the access audit, kept in the event store with everything else. */
public record ChildRecordRead(String tokenId, AccessRole role, String agency, String reviewId, String childId,
                              String endpoint, Instant at) {
}
