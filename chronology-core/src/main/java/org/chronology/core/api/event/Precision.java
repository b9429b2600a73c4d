package org.chronology.core.api.event;

import com.fasterxml.jackson.annotation.JsonValue;

/** How precisely an agency knows when something happened; set by the form of {@code occurredAt}. */
public enum Precision {
    DAY, MONTH, YEAR, INSTANT, UNKNOWN;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }
}
