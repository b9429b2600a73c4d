package org.chronology.core.alert;

import java.time.Instant;

/**
 * An agency is to be told that an entry about a child met an alert rule. It names the entry and the rule, never
 * what the entry says: the agency reads the record with its own token, audited as any read.
 *
 * @param alertId the alert's id, the same however often the entry is judged: a webhook's idempotency id
 * @param reason  a code of why the rule held (the child's status, or the gap rule of a new finding)
 * @param link    the API path of the child's timeline
 */
public record AlertRaised(String alertId, String rule, String reason, String childId, String entryId,
                          String agency, Instant raisedAt, String link) {
}
