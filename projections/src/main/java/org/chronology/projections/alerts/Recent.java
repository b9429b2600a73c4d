package org.chronology.projections.alerts;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Parameter;
import org.chronology.projections.gaps.Parameters;

import java.time.LocalDate;

/**
 * Alerts are for what is happening now: an entry dated long before it was recorded (a chronology loaded for a
 * review, say) tells nobody anything they could still act on at once.
 */
final class Recent {

    static final Parameter PARAMETER = new Parameter("recent", "7d",
            "how recent the entry's date must be to alert: older entries are left to the gap findings");

    private Recent() {
    }

    /** Whether the entry can have happened within the rule's {@code recent} span before {@code today}. */
    static boolean enough(CaseFile file, CaseEvent recorded, LocalDate today, Parameters parameters) {
        return !recorded.latest().isBefore(parameters.span(PARAMETER.name()).before(today, file.calendar()));
    }
}
