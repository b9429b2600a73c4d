package org.chronology.client.api;

import java.util.List;

/** Who held a role for a child, and how often it changed ({@code changes} = distinct workers - 1). */
public record Turnover(String childId, String role, List<Allocation> allocations, int distinctWorkers, int changes) {

    /** One worker's allocation; {@code to} is null while it lasts. */
    public record Allocation(String workerId, String from, String to) {
    }
}
