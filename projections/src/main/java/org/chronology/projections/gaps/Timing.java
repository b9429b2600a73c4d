package org.chronology.projections.gaps;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Deadlines read most generously, so that imprecise dates never produce a breach that may not have happened:
 * a deadline runs from the last day its trigger can have happened, and a response counts if it can have
 * happened by the deadline.
 */
public final class Timing {

    private Timing() {
    }

    /** The last day by which a response to {@code trigger} is due, {@code span} after it at the latest. */
    public static LocalDate deadline(CaseEvent trigger, Span span, WorkingCalendar calendar) {
        return span.after(trigger.latest(), calendar);
    }

    /** Whether the deadline has passed by {@code asOf}, so that the absence of a response is a finding. */
    public static boolean overdue(CaseEvent trigger, Span span, WorkingCalendar calendar, LocalDate asOf) {
        return asOf.isAfter(deadline(trigger, span, calendar));
    }

    /**
     * The first of {@code candidates} (in date order) matching {@code response} that can have happened no earlier
     * than {@code trigger} and no later than the deadline; empty when there is none.
     */
    public static Optional<CaseEvent> respondedWithin(CaseEvent trigger, Span span, WorkingCalendar calendar,
                                                       List<CaseEvent> candidates, Predicate<CaseEvent> response) {
        LocalDate deadline = deadline(trigger, span, calendar);
        for (CaseEvent event : candidates) {
            if (event.earliest().isAfter(deadline)) {
                break; // the dates first: rules ask this of every trigger, and a response test may read details
            }
            if (event != trigger && !event.latest().isBefore(trigger.earliest()) && response.test(event)) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code a} and {@code b} can have happened on the same calendar day. */
    public static boolean maySameDay(CaseEvent a, CaseEvent b) {
        return !a.earliest().isAfter(b.latest()) && !b.earliest().isAfter(a.latest());
    }
}
