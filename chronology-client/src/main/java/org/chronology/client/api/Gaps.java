package org.chronology.client.api;

import java.time.LocalDate;
import java.util.List;

/** A child's gap findings as things stood on {@code asOf}. */
public record Gaps(String childId, LocalDate asOf, List<Finding> findings) {

    /** One gap a rule found, with the event ids that show it (trigger first). */
    public record Finding(String rule, String category, String severity, String occurredAt, LocalDate date,
                          List<String> agencies, List<String> evidence, String explanation) {
    }
}
