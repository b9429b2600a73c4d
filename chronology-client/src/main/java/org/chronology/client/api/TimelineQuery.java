package org.chronology.client.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Timeline filters, all optional: a period, agencies (recording or acting), types, and the historical view
 * of what {@code knownTo} knew at {@code asOf} (an ISO-8601 instant, or a date meaning the end of that day).
 */
public record TimelineQuery(LocalDate from, LocalDate to, List<String> agencies, List<String> types, String knownTo,
                            String asOf) {

    public static final TimelineQuery ALL = new TimelineQuery(null, null, null, null, null, null);

    public TimelineQuery {
        agencies = agencies == null || agencies.isEmpty() ? null : List.copyOf(agencies);
        types = types == null || types.isEmpty() ? null : List.copyOf(types);
    }
}
