package org.chronology.api.alerts;

import java.time.Duration;

/**
 * When a failed delivery is tried again: the first retry after {@code first}, each later one after twice the
 * wait before, never more than {@code longest}; after {@code attempts} failures in all it is parked until an
 * administrator redelivers it.
 */
record Backoff(Duration first, Duration longest, int attempts) {

    /** The wait after the {@code failures}-th failure (1 for the first). */
    Duration after(int failures) {
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) < 0 ? wait : longest;
    }

    boolean parks(int failures) {
        return failures >= attempts;
    }
}
