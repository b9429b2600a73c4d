package org.chronology.projections.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request for one person's timeline.
 *
 * @param agencies entries recorded or acted on by any of these agencies (empty: all)
 * @param types    entries of any of these types (empty: all)
 * @param knownTo  only what this agency knew by {@code asOf}
 * @param asOf     the view as it stood at this instant: later entries and revisions are left out
 */
public record TimelineQuery(String personId, LocalDate from, LocalDate to, List<String> agencies, List<String> types,
                            String knownTo, Instant asOf) {

    public TimelineQuery {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        types = types == null ? List.of() : List.copyOf(types);
    }

    public static TimelineQuery of(String personId) {
        return new TimelineQuery(personId, null, null, List.of(), List.of(), null, null);
    }

    boolean historical() {
        return knownTo != null || asOf != null;
    }
}
