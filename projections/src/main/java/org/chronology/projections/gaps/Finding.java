package org.chronology.projections.gaps;

import java.time.LocalDate;
import java.util.List;

/**
 * One gap a rule found in a child's record, with what a reviewer needs to check it against the timeline.
 *
 * @param occurredAt when the gap arose, as precisely as its trigger's date is known ({@code 2018-03})
 * @param date       the start of that period, for ordering and monthly counts
 * @param evidence   the event ids that show the gap, trigger first
 */
public record Finding(String rule, Category category, Severity severity, String occurredAt, LocalDate date,
                      List<String> agencies, List<String> evidence, String explanation) {

    public Finding {
        agencies = List.copyOf(new java.util.LinkedHashSet<>(agencies));
        evidence = List.copyOf(new java.util.LinkedHashSet<>(evidence));
    }

    /** A finding of {@code rule} dated by its trigger event. */
    public static Finding of(GapRule rule, Severity severity, CaseEvent trigger, java.util.Collection<String> agencies,
                             List<String> evidence, String explanation) {
        return new Finding(rule.name(), rule.category(), severity, trigger.when(), trigger.date(),
                List.copyOf(agencies), evidence, explanation);
    }
}
