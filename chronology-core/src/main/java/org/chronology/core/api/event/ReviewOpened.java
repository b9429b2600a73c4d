package org.chronology.core.api.event;

import java.time.LocalDate;
import java.util.List;

/** An administrator opened a practice review of some children over a period. */
public record ReviewOpened(String reviewId, String name, List<String> children, LocalDate from, LocalDate to) {

    public ReviewOpened {
        children = List.copyOf(children);
    }
}
