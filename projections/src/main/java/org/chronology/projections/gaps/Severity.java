package org.chronology.projections.gaps;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much a finding matters for a child's safety: harm-related delays are high. */
public enum Severity {
    HIGH, MEDIUM, LOW;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }
}
