package org.chronology.core.api.event;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Someone read, or was refused, a child's records: the access audit, kept in the event store with everything
 * else. Revision 2 names the moment {@code readAt} (it was {@code at}); older stored events are upcast on
 * reading. The fields after {@code readAt} came later and are {@code null} on older events.
 *
 * @param parameters the request's query string, as sent
 * @param scope      what the read could see: {@code full}, {@code own} (the agency's own knowledge),
 *                   {@code review}, or {@code refused}
 * @param firstRead  the agency's first full read of this child
 */
@Revision("2")
public record ChildRecordRead(String tokenId, AccessRole role, String agency, String reviewId, String childId,
                              String endpoint, Instant readAt, String issuedTo, String parameters, String scope,
                              Boolean firstRead) {
}
