package org.chronology.client.api;

import java.time.Instant;
import java.util.List;

/** A child's chronology; {@code knownTo} and {@code asOf} are set for the historical view. */
public record Timeline(String childId, String knownTo, Instant asOf, int count, List<TimelineEntry> entries) {
}
