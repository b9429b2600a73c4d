package org.chronology.client.api;

import java.util.List;

/** The body of {@code POST /api/v1/events/batch}: up to 1,000 events. */
public record EventBatch(List<Event> events) {

    public static final int MAX_EVENTS = 1_000;
}
