package org.chronology.projections.alerts;

import org.chronology.projections.gaps.CaseEvent;

/**
 * A rule held for a child's new entry. It carries codes and ids only, never the entry's content.
 *
 * @param reason why it held, as a code: the child's {@link Protection} status, or a new finding's gap rule
 */
public record AlertSignal(String rule, String reason, String childId, String eventId) {

    static AlertSignal of(AlertRule rule, String reason, String childId, CaseEvent recorded) {
        return new AlertSignal(rule.name(), reason, childId, recorded.eventId());
    }
}
