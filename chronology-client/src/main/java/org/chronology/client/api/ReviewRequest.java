package org.chronology.client.api;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/v1/reviews}: the children and period a reviewer may read. */
public record ReviewRequest(String name, List<String> children, LocalDate from, LocalDate to) {
}
