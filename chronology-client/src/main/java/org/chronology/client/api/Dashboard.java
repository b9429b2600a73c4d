package org.chronology.client.api;

import java.time.LocalDate;
import java.util.List;

/** The aggregate figures of {@code /api/v1/dashboard}: counts only, never people. */
public final class Dashboard {

    private Dashboard() {
    }

    public record Summary(long children, long entries, long findings, long agencies) {
    }

    /** Counts grouped by {@code rule}, {@code agency} or {@code month}. */
    public record Counts(String groupedBy, LocalDate from, LocalDate to, List<Count> counts) {
    }

    public record Count(String key, long count) {
    }

    /** How many children had how many distinct workers in a role. */
    public record TurnoverDistribution(String role, List<Bucket> distribution) {
    }

    public record Bucket(int distinctWorkers, int children) {
    }
}
